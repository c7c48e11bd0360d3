package org.outreach.pipeline.status;

import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import org.outreach.ingest.support.Backfill;
import org.outreach.ingest.support.ExtractWindow;
import org.outreach.pipeline.load.WarehouseStepsConfiguration;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/** Recent nightly runs from the job repository: when, which steps, rows in and out. */
public class RunHistory {

    private final JobRepository jobRepository;

    public RunHistory(JobRepository jobRepository) {
        this.jobRepository = jobRepository;
    }

    public void print(int runs, PrintStream out) {
        List<JobInstance> instances = jobRepository.getJobInstances("nightlyJob", 0, runs);
        if (instances.isEmpty()) {
            out.println("No runs yet. Start one with ./outreach run (or ./outreach demo).");
            return;
        }
        for (JobInstance instance : instances) {
            List<JobExecution> executions = jobRepository.getJobExecutions(instance).stream()
                    .sorted(Comparator.comparing(JobExecution::getId))
                    .toList();
            for (JobExecution execution : executions) {
                print(execution, out);
            }
        }
    }

    private static void print(JobExecution execution, PrintStream out) {
        out.printf("run %s  as of %s%s  execution %d  %s  started %s  took %s%n",
                execution.getJobParameters().getString("runId"),
                execution.getJobParameters().getLocalDate("asOf"),
                Backfill.of(execution.getJobParameters()).map(range -> "  " + range).orElse(""),
                execution.getId(), execution.getStatus(), execution.getStartTime(),
                took(execution.getStartTime(), execution.getEndTime()));
        // Database steps quarantine a record by filtering it, file drops by skipping it:
        // read = written + quarantined.
        out.printf("  %-30s %-10s %8s %10s %10s %12s  %s%n",
                "step", "status", "took", "read", "written", "quarantined", "notes");
        execution.getStepExecutions().stream()
                .sorted(Comparator.comparing(StepExecution::getId))
                .forEach(step -> out.printf("  %-30s %-10s %8s %10d %10d %12d  %s%n",
                        step.getStepName(), step.getStatus(), took(step.getStartTime(), step.getEndTime()),
                        step.getReadCount(), step.getWriteCount(),
                        step.getFilterCount() + step.getSkipCount(), notes(step)));
        String exit = execution.getExitStatus().getExitDescription();
        if (exit != null && !exit.isBlank() && !"COMPLETED".equals(execution.getStatus().name())) {
            out.println("  failure: " + exit.lines().findFirst().orElse(exit));
        }
    }

    /** What the steps record for operators: watermarks, files taken, unmapped codes, quality results. */
    private static String notes(StepExecution step) {
        List<String> notes = new java.util.ArrayList<>();
        for (String key : List.of(ExtractWindow.WATERMARK_KEY, ExtractWindow.BACKFILL_KEY, "files",
                "unmapped_service_codes",
                WarehouseStepsConfiguration.QUALITY_KEY, "packs")) {
            if (step.getExecutionContext().containsKey(key)) {
                notes.add(key + ": " + step.getExecutionContext().getString(key));
            }
        }
        return String.join("; ", notes);
    }

    private static String took(LocalDateTime start, LocalDateTime end) {
        if (start == null || end == null) {
            return "-";
        }
        Duration took = Duration.between(start, end);
        return String.format("%.1f s", took.toMillis() / 1000.0);
    }
}
