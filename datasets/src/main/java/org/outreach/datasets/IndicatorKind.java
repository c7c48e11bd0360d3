package org.outreach.datasets;

/**
 * indicator_definitions.kind: how a figure is measured, which decides what disclosure
 * control does with it. The transform's catalogue gives each indicator one; the funder pack
 * reads it back.
 */
public enum IndicatorKind {
    /** A count of records or persons: suppressed when small, and secondarily within its location rows. */
    COUNT,
    /** numerator / denominator: suppressed, with its parts, when its numerator or denominator is small. */
    RATE,
    /** As a rate: a numerator (a sum, the total) over a denominator (a count, the number of items). */
    MEAN,
    /** review_flag: a 0 or 1 about a stop for the operations team, not about people; never suppressed. */
    FLAG,
    /** funding_gbp: pounds of public money, not people; never suppressed. */
    MONEY,
    /**
     * cost_per_transaction, cost_per_client: pounds over a count of transactions or persons.
     * Money is not a count: the numerator is published exact, and only the denominator is
     * judged and rounded.
     */
    COST;

    /** What a figure of this kind is measured in, unless its definition says otherwise. */
    public IndicatorUnit unit() {
        return switch (this) {
            case COUNT -> IndicatorUnit.COUNT;
            case RATE -> IndicatorUnit.PROPORTION;
            case MEAN -> IndicatorUnit.AVERAGE;
            case FLAG -> IndicatorUnit.FLAG;
            case MONEY, COST -> IndicatorUnit.POUNDS;
        };
    }
}
