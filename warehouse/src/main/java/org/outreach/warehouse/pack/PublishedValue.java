package org.outreach.warehouse.pack;

/** An indicator_values row after disclosure control: its dimensions, and what may be shown of its figures. */
record PublishedValue(IndicatorValue source, Cell value, Cell numerator, Cell denominator) {

    boolean suppressed() {
        return value.symbol() == Cell.Symbol.CONFIDENTIAL;
    }
}
