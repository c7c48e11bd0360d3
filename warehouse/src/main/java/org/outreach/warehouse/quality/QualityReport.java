package org.outreach.warehouse.quality;

import java.util.List;
import java.util.stream.Collectors;

/** What the gate found: every check's result, in the order the checks ran. */
public record QualityReport(List<QualityResult> results) {

    public List<QualityResult> blockingFailures() {
        return results.stream().filter(QualityResult::blocks).toList();
    }

    public List<QualityResult> warnings() {
        return results.stream().filter(QualityResult::warns).toList();
    }

    public boolean blocksPublication() {
        return !blockingFailures().isEmpty();
    }

    /** e.g. "42 checks: 41 passed, 1 warning: works_fresh (checks/programme_events.sql): 1 row, e.g. ...". */
    public String summary() {
        long passed = results.stream().filter(QualityResult::passed).count();
        StringBuilder summary = new StringBuilder(results.size() + " checks: " + passed + " passed");
        append(summary, blockingFailures(), "failed");
        append(summary, warnings(), "warning");
        return summary.toString();
    }

    private static void append(StringBuilder summary, List<QualityResult> results, String label) {
        if (!results.isEmpty()) {
            summary.append(", ").append(results.size()).append(' ').append(label)
                    .append(results.size() > 1 && label.equals("warning") ? "s" : "").append(": ")
                    .append(results.stream().map(QualityResult::describe).collect(Collectors.joining("; ")));
        }
    }
}
