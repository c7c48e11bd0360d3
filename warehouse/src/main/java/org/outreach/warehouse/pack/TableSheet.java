package org.outreach.warehouse.pack;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A sheet holding one table, laid out as the Analysis Function's guidance asks: the title
 * in A1, a few lines of context below it, then the table (one header row, then its rows)
 * from column A, with no blank row or cell inside it.
 *
 * <p>Cells are {@link String} text, {@link Figure} numbers, {@link Cell.Symbol} shorthand
 * in place of a number, or {@link SheetLink} links.
 */
record TableSheet(String name, String title, List<String> context, List<String> header, List<List<Object>> rows) {

    /** Excel refuses longer names, and government guidance asks for short ones anyway. */
    private static final int LONGEST_NAME = 30;

    TableSheet {
        if (name.length() > LONGEST_NAME) {
            throw new IllegalArgumentException("sheet name " + name + " is longer than " + LONGEST_NAME);
        }
        context = List.copyOf(context);
        header = List.copyOf(header);
        rows = List.copyOf(rows);
        for (List<Object> row : rows) {
            if (row.size() != header.size() || row.stream().anyMatch(Objects::isNull)) {
                throw new IllegalArgumentException("sheet " + name + " has a row that does not fill its "
                        + header.size() + " columns: " + row);
            }
        }
    }

    /** The 0-based row of the table's header: after the title and the context lines. */
    int headerRow() {
        return 1 + context.size();
    }

    /** The last 0-based row of the table. */
    int lastRow() {
        return headerRow() + rows.size();
    }

    /** The table's name in the workbook: letters, digits and underscores, unique as sheet names are. */
    String tableName() {
        return "table_" + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
    }

    /** How a cell reads as text, as the spreadsheet shows it (to size its column). */
    static String shown(Object cell) {
        if (cell instanceof Figure figure) {
            return figure.format().shown(figure.number());
        }
        if (cell instanceof Cell.Symbol symbol) {
            return symbol.text();
        }
        return cell instanceof SheetLink link ? link.sheet() : cell.toString();
    }
}
