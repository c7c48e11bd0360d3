package org.outreach.warehouse.quality;

import java.util.stream.Collectors;

/** A blocking check failed: the new warehouse is not published. */
public final class QualityGateFailedException extends RuntimeException {

    private final transient QualityReport report;

    public QualityGateFailedException(QualityReport report) {
        super("quality gate failed, warehouse not published: " + report.blockingFailures().stream()
                .map(QualityResult::describe).collect(Collectors.joining("; ")));
        this.report = report;
    }

    public QualityReport report() {
        return report;
    }
}
