package org.outreach.ingest;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/** Outside the test classes: SpringBatchTest takes any test method returning a StepExecution as a factory. */
public final class Steps {

    private Steps() {
    }

    public static StepExecution named(JobExecution execution, String name) {
        return execution.getStepExecutions().stream().filter(s -> s.getStepName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no step " + name + " in " + execution.getStepExecutions()));
    }
}
