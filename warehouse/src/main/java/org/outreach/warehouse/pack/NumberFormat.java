package org.outreach.warehouse.pack;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.outreach.datasets.IndicatorUnit;

/**
 * The number formats of the spreadsheets, as Excel writes them and as the same pattern in
 * Java shows a figure (to size columns). Neither rounds the figure a cell holds.
 */
enum NumberFormat {
    COUNT("#,##0", "#,##0"),
    PERCENT("0.0%", "0.0%"),
    DECIMAL("#,##0.00", "#,##0.00"),
    POUNDS("\"£\"#,##0.00", "'£'#,##0.00"),
    WHOLE("0", "0");

    private final String excel;
    private final String java;

    NumberFormat(String excel, String java) {
        this.excel = excel;
        this.java = java;
    }

    /**
     * The format of a figure measured in {@code unit}: whole numbers with thousands separators,
     * a share as a percentage with one decimal, an average with two, pounds with two, a flag
     * as 0 or 1.
     */
    static NumberFormat ofValue(IndicatorUnit unit) {
        return switch (unit) {
            case COUNT -> COUNT;
            case PROPORTION -> PERCENT;
            case AVERAGE -> DECIMAL;
            case POUNDS -> POUNDS;
            case FLAG -> WHOLE;
        };
    }

    /** The format of its numerator: pounds for a figure in pounds, else a count (a share's or a mean's parts). */
    static NumberFormat ofNumerator(IndicatorUnit unit) {
        return unit == IndicatorUnit.POUNDS ? POUNDS : COUNT;
    }

    String excel() {
        return excel;
    }

    /** The figure as a spreadsheet shows it under this format. */
    String shown(double figure) {
        return new DecimalFormat(java, DecimalFormatSymbols.getInstance(Locale.UK)).format(figure);
    }
}
