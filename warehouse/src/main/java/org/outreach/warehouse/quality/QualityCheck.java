package org.outreach.warehouse.quality;

/**
 * One declared check: a query returning the offending rows, so that it passes when it
 * returns none and, when it fails, the rows themselves say why.
 *
 * @param file the resource declaring it, e.g. {@code checks/transactions.sql}
 * @param rule the contract rule or pipeline invariant behind it, as its header names it
 */
public record QualityCheck(String name, String file, Severity severity, String rule, String sql) {

    public enum Severity {
        /**
         * An invariant the pipeline itself guarantees (keys, relationships it establishes,
         * reconciliation, enumerations after quarantine): a failure means our code or our
         * data handling is wrong, so it stops publication and yesterday's warehouse stays live.
         */
        BLOCKING,
        /**
         * Source data the contracts admit or give a rule for: the figures already follow that
         * rule, so a failure is recorded and shown by {@code ./outreach status}; publication goes on.
         */
        WARNING
    }
}
