package org.outreach.warehouse.pack;

/**
 * indicator_definitions.unit: what a figure is measured in, which decides the number
 * format of its value, numerator and denominator in the spreadsheets. A format changes
 * what a cell shows, never the figure it holds.
 */
enum IndicatorUnit {
    /** Whole numbers with thousands separators. */
    COUNT(NumberFormat.COUNT),
    /** A share shown as a percentage with one decimal; its parts are counts. */
    PROPORTION(NumberFormat.PERCENT),
    /** A mean or items per visit or day, two decimals; its parts are counts (sums of whole numbers). */
    AVERAGE(NumberFormat.DECIMAL),
    /** Pounds with two decimals; a cost per item has pounds over a count. */
    POUNDS(NumberFormat.POUNDS),
    /** 0 or 1. */
    FLAG(NumberFormat.WHOLE);

    private final NumberFormat value;

    IndicatorUnit(NumberFormat value) {
        this.value = value;
    }

    NumberFormat value() {
        return value;
    }

    NumberFormat numerator() {
        return this == POUNDS ? NumberFormat.POUNDS : NumberFormat.COUNT;
    }

    NumberFormat denominator() {
        return NumberFormat.COUNT;
    }
}
