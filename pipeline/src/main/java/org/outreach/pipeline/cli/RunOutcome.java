package org.outreach.pipeline.cli;

import java.io.PrintStream;
import java.util.Comparator;
import org.outreach.pipeline.load.WarehouseStepsConfiguration;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

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
        StepExecution failed = execution.getStepExecutions().stream()
                .filter(s -> s.getStatus() != BatchStatus.COMPLETED)
                .max(Comparator.comparing(StepExecution::getId))
                .orElse(null);
        String step = failed == null ? "(before any step)" : failed.getStepName();
        String reason = failed == null || failed.getFailureExceptions().isEmpty()
                ? execution.getExitStatus().getExitDescription()
                : rootMessage(failed.getFailureExceptions().get(0));
        err.println("run " + runId + " failed at step " + step + ": " + reason);
        if (WarehouseStepsConfiguration.QUALITY_GATE_STEP.equals(step)) {
            err.println("the published warehouse is unchanged; the rejected one is kept beside it as *.rejected"
                    + " (quality_results says why); correct the source and run again: a new run starts");
        } else {
            err.println("rerun the same command to restart it at that step");
        }
        return 1;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = String.valueOf(e.getMessage());
        return root == e || message.contains(String.valueOf(root.getMessage())) ? message
                : message + " (" + root.getMessage() + ")";
    }
}
