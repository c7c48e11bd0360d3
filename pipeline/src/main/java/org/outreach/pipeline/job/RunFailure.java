package org.outreach.pipeline.job;

import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/**
 * Where and why a nightly run failed, as the operator is told: on the console, in alerts.
 *
 * @param step   the step that failed, or {@code (before any step)}
 * @param reason the failure's message, with its root cause's when that says more
 */
public record RunFailure(String step, String reason) {

    public static final String BEFORE_ANY_STEP = "(before any step)";
    private static final Pattern EXCEPTION_CLASS = Pattern.compile("^([\\w$]+\\.)+[\\w$]+(Exception|Error): ");

    /** Empty when the run completed. */
    public static Optional<RunFailure> of(JobExecution execution) {
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            return Optional.empty();
        }
        StepExecution failed = execution.getStepExecutions().stream()
                .filter(s -> s.getStatus() != BatchStatus.COMPLETED)
                .max(Comparator.comparing(StepExecution::getId))
                .orElse(null);
        String step = failed == null ? BEFORE_ANY_STEP : failed.getStepName();
        String reason;
        if (failed == null) {
            reason = execution.getExitStatus().getExitDescription();
        } else if (!failed.getFailureExceptions().isEmpty()) {
            reason = rootMessage(failed.getFailureExceptions().get(0));
        } else {
            // Read back from the job repository, a step keeps only its stack trace.
            reason = firstLineWithoutExceptionClass(failed.getExitStatus().getExitDescription());
        }
        return Optional.of(new RunFailure(step, reason));
    }

    private static String firstLineWithoutExceptionClass(String stackTrace) {
        String first = stackTrace == null ? "" : stackTrace.lines().findFirst().orElse("");
        return EXCEPTION_CLASS.matcher(first).replaceFirst("");
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
