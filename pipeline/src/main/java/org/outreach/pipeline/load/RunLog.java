package org.outreach.pipeline.load;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.outreach.warehouse.RunLogEntry;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/** The nightly runs as the job repository recorded them, for the warehouse's run_log. */
@Component
public class RunLog {

    private static final int RUNS = 100;

    private final JobRepository jobRepository;

    public RunLog(JobRepository jobRepository) {
        this.jobRepository = jobRepository;
    }

    /** The latest runs' steps, this run's included (its load step still STARTED). */
    public List<RunLogEntry> entries(JobExecution current) {
        List<RunLogEntry> entries = new ArrayList<>();
        for (JobInstance instance : jobRepository.getJobInstances("nightlyJob", 0, RUNS)) {
            for (JobExecution execution : jobRepository.getJobExecutions(instance)) {
                JobExecution source = execution.getId() == current.getId() ? current : execution;
                source.getStepExecutions().stream()
                        .sorted(Comparator.comparing(StepExecution::getId))
                        .forEach(step -> entries.add(entry(source, step)));
            }
        }
        return entries;
    }

    private static RunLogEntry entry(JobExecution execution, StepExecution step) {
        return new RunLogEntry(execution.getJobParameters().getString("runId"),
                execution.getJobParameters().getLocalDate("asOf"), execution.getId(), step.getStepName(),
                step.getStatus().name(), step.getStartTime(), step.getEndTime(), step.getReadCount(),
                step.getWriteCount(), step.getFilterCount() + step.getSkipCount());
    }
}
