package org.outreach.pipeline.alert;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What an operator is told about a run that needs them: no personal data, only the run, the
 * step, the reason, each failing check with its example row (warehouse rows hold none), and
 * where to look next.
 *
 * @param outcome  {@code FAILED}, or {@code PUBLISHED_WITH_WARNINGS}
 * @param step     the step that failed, or the quality gate for warnings
 * @param reason   why it failed, or which warnings
 * @param checks   the quality checks that failed, one example each
 * @param seeMore  commands and files that tell more
 */
public record RunAlert(Outcome outcome, String runId, LocalDate asOf, String step, String reason,
                       List<FailedCheck> checks, List<String> seeMore) {

    public enum Outcome { FAILED, PUBLISHED_WITH_WARNINGS }

    /** One row of quality_results that did not pass. */
    public record FailedCheck(String name, String severity, long failingRows, Optional<String> example) {

        String describe() {
            return name + " (" + severity + ", " + failingRows + " row" + (failingRows == 1 ? "" : "s") + ")"
                    + example.map(e -> ", e.g. " + e).orElse("");
        }
    }

    public String subject() {
        return switch (outcome) {
            case FAILED -> "Outreach nightly run " + runId + " FAILED at " + step;
            case PUBLISHED_WITH_WARNINGS -> "Outreach nightly run " + runId + " published with " + checks.size()
                    + " quality warning" + (checks.size() == 1 ? "" : "s");
        };
    }

    public String text() {
        StringBuilder text = new StringBuilder(subject()).append(".\n\n");
        text.append("Run:    ").append(runId).append('\n');
        text.append("As of:  ").append(asOf).append('\n');
        text.append("Step:   ").append(step).append('\n');
        text.append("Reason: ").append(reason).append('\n');
        if (!checks.isEmpty()) {
            text.append("\nChecks that did not pass:\n");
            checks.forEach(check -> text.append("  - ").append(check.describe()).append('\n'));
        }
        text.append("\nSee more:\n");
        seeMore.forEach(line -> text.append("  ").append(line).append('\n'));
        return text.toString();
    }
}
