package org.outreach.pipeline.cli;

import java.io.PrintStream;
import org.outreach.pipeline.job.RunFailure;
import org.outreach.pipeline.load.WarehouseStepsConfiguration;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

/** What a finished nightly run tells its operator, and the exit status it maps to. */
final class RunOutcome {

    private RunOutcome() {
    }

    static int report(JobExecution execution, PrintStream out, PrintStream err) {
        String runId = execution.getJobParameters().getString("runId");
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            out.println("run " + runId + " completed");
            return 0;
        }
        RunFailure failure = RunFailure.of(execution).orElseThrow();
        String step = failure.step();
        String reason = failure.reason();
        err.println("run " + runId + " failed at step " + step + ": " + reason);
        if (WarehouseStepsConfiguration.QUALITY_GATE_STEP.equals(step)) {
            err.println("the published warehouse is unchanged; the rejected one is kept beside it as *.rejected"
                    + " (quality_results says why); correct the source and run again: a new run starts");
        } else {
            err.println("rerun the same command to restart it at that step");
        }
        return 1;
    }
}
