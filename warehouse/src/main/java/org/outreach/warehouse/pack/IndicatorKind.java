package org.outreach.warehouse.pack;

/** indicator_definitions.kind: what disclosure control does with an indicator's figures. */
enum IndicatorKind {
    /** Suppressed when small, and secondarily within its location rows. */
    COUNT,
    /** Suppressed, with its parts, when its numerator or denominator is small. */
    RATE,
    /** As a rate: a numerator (a sum) over a denominator (a count). */
    MEAN,
    /** review_flag: a 0 or 1 about a stop, not about people; never suppressed. */
    FLAG,
    /** funding_gbp: public money, not people; never suppressed. */
    MONEY,
    /**
     * cost_per_transaction, cost_per_client: pounds over a count. Money is not a count: the
     * numerator is published exact, and only the denominator is judged and rounded.
     */
    COST
}
