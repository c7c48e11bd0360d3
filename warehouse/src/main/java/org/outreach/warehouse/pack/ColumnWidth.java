package org.outreach.warehouse.pack;

import java.util.ArrayList;
import java.util.List;

/**
 * A column's width in characters (of the digit 0, the unit of both Excel and LibreOffice),
 * fitted to its longest cell within a cap, and whether its longer cells wrap within it.
 */
record ColumnWidth(int characters, boolean wraps) {

    /** Past this, text wraps: a reader should not have to scroll sideways through a sentence. */
    static final int CAP = 90;
    /** The cover is one column of sentences, as wide as a printed page. */
    static final ColumnWidth COVER = new ColumnWidth(100, true);

    private static final int NARROWEST = 6;
    private static final int PADDING = 2;
    /** A table's header cells carry a filter button. */
    private static final int FILTER_BUTTON = 3;

    /** Each column of a sheet's table, fitted to its header and cells (the title and context lines overflow). */
    static List<ColumnWidth> of(TableSheet sheet) {
        List<ColumnWidth> widths = new ArrayList<>();
        for (int c = 0; c < sheet.header().size(); c++) {
            int longest = sheet.header().get(c).length() + FILTER_BUTTON;
            for (List<Object> row : sheet.rows()) {
                longest = Math.max(longest, TableSheet.shown(row.get(c)).length());
            }
            int fitted = Math.max(NARROWEST, longest + PADDING);
            widths.add(new ColumnWidth(Math.min(fitted, CAP), fitted > CAP));
        }
        return widths;
    }

    /**
     * The lines a text takes in this column: one unless it wraps. Text is narrower on average
     * than the digit 0, so counting a character per unit of width errs towards a taller row,
     * never a cut one.
     */
    int lines(String text) {
        return lines(text.length());
    }

    /** The lines a text of so many characters (of the body font's size) takes in this column. */
    int lines(int length) {
        if (!wraps) {
            return 1;
        }
        return Math.max(1, (length + characters - PADDING - 1) / (characters - PADDING));
    }
}
