package org.outreach.warehouse.quality;

/**
 * One declared check: a query returning the offending rows, so that it passes when it
 * returns none and, when it fails, the rows themselves say why.
 *
 * @param file the resource declaring it, e.g. {@code checks/transactions.sql}
 */
public record QualityCheck(String name, String file, Severity severity, String sql) {

    public enum Severity {
        /** A failure stops publication: yesterday's warehouse stays live. */
        BLOCKING,
        /** A failure is recorded and shown by {@code ./outreach status}; publication goes on. */
        WARNING
    }
}
