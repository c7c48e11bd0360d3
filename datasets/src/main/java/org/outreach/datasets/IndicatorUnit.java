package org.outreach.datasets;

/**
 * indicator_definitions.unit: what a figure is measured in, which decides how published
 * tables show it (the number format of its value, numerator and denominator in the funder
 * pack's spreadsheets). A kind alone cannot: transactions_per_visit is a RATE but not a
 * share, cost_per_client a COST in pounds. A format changes what a cell shows, never the
 * figure it holds.
 */
public enum IndicatorUnit {
    /** A whole number of records, persons, days or visits. */
    COUNT,
    /** A share from 0 to 1; its parts are counts. */
    PROPORTION,
    /** An amount per item: a mean, or items per visit or per day; its parts are counts (sums of whole numbers). */
    AVERAGE,
    /** Pounds sterling, or pounds per item (pounds over a count). */
    POUNDS,
    /** 0 or 1. */
    FLAG
}
