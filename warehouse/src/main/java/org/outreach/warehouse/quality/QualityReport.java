package org.outreach.warehouse.quality;

import java.util.List;

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

    /**
     * A first line of counts ("49 checks: 41 passed, 8 warnings"), then one line per failure and
     * per warning with its row count and first row, for {@code ./outreach status} and the log.
     */
    public String summary() {
        long passed = results.stream().filter(QualityResult::passed).count();
        StringBuilder summary = new StringBuilder(results.size() + " checks: " + passed + " passed");
        List<QualityResult> failures = blockingFailures();
        List<QualityResult> warnings = warnings();
        if (!failures.isEmpty()) {
            summary.append(", ").append(failures.size()).append(" failed");
        }
        if (!warnings.isEmpty()) {
            summary.append(", ").append(warnings.size()).append(warnings.size() == 1 ? " warning" : " warnings");
        }
        failures.forEach(failure -> summary.append("\n    failed: ").append(failure.describe()));
        warnings.forEach(warning -> summary.append("\n    warning: ").append(warning.describe()));
        return summary.toString();
    }
}
