package org.outreach.warehouse.pack;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

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

    String excel() {
        return excel;
    }

    /** The figure as a spreadsheet shows it under this format. */
    String shown(double figure) {
        return new DecimalFormat(java, DecimalFormatSymbols.getInstance(Locale.UK)).format(figure);
    }
}
