package org.outreach.ingest.support;

import java.util.Comparator;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * Gives a job built of flows the exit status of the step that stopped it, as a job of steps
 * records it: a flow's end state keeps only the code {@code FAILED}, and the operator reads why
 * a run failed (status, alerts) from the job's exit description.
 */
public final class FailedStepExitStatus implements JobExecutionListener {

    @Override
    public void afterJob(JobExecution execution) {
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            return;
        }
        execution.getStepExecutions().stream()
                .max(Comparator.comparing(StepExecution::getId))
                .filter(last -> last.getStatus() != BatchStatus.COMPLETED)
                .ifPresent(last -> execution.setExitStatus(last.getExitStatus()));
    }
}
