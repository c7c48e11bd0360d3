package org.outreach.warehouse.pack;

import com.github.miachm.sods.Range;
import com.github.miachm.sods.Sheet;
import com.github.miachm.sods.SpreadSheet;
import com.github.miachm.sods.Style;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * indicators.ods, the open format government guidance asks for beside Excel's, with the
 * same sheets, cells and widths as the workbook. SODS writes the cells, their styles and
 * the widths; {@link OdsMarkup} then adds what SODS has no words for (number formats, the
 * tables as named database ranges, links, frozen header rows).
 */
final class OdsFile {

    /** OpenDocument widths are lengths: a character of the 10-point default font is about 2 mm. */
    private static final double MM_PER_CHARACTER = 2.0;
    private static final int BODY_SIZE = 10;
    private static final int TITLE_SIZE = 14;
    /** A line of 10-point text, and of the 14-point title, with their leading. */
    private static final double LINE_MM = 4.6;
    private static final double TITLE_LINE_MM = 6.5;

    private OdsFile() {
    }

    static void write(Path file, PackWorkbook pack) throws IOException {
        SpreadSheet spreadsheet = new SpreadSheet();
        spreadsheet.appendSheet(cover(pack.cover()));
        for (TableSheet table : pack.tables()) {
            spreadsheet.appendSheet(table(table));
        }
        spreadsheet.save(file.toFile());
        OdsMarkup.apply(file, pack);
    }

    private static Sheet cover(CoverSheet cover) {
        List<CoverSheet.Line> lines = cover.lines();
        Sheet sheet = new Sheet(CoverSheet.NAME, lines.size(), 1);
        sheet.setColumnWidth(0, ColumnWidth.COVER.characters() * MM_PER_CHARACTER);
        for (int r = 0; r < lines.size(); r++) {
            Range cell = sheet.getRange(r, 0);
            cell.setValue(lines.get(r).text());
            cell.setStyle(style(lines.get(r).heading(), r == 0 ? TITLE_SIZE : -1, true, false));
            if (r == 0) {
                int length = (int) Math.ceil(lines.get(r).text().length() * (double) TITLE_SIZE / BODY_SIZE);
                sheet.setRowHeight(r, ColumnWidth.COVER.lines(length) * TITLE_LINE_MM);
            } else {
                fitHeight(sheet, r, ColumnWidth.COVER.lines(lines.get(r).text()));
            }
        }
        return sheet;
    }

    private static Sheet table(TableSheet table) {
        Sheet sheet = new Sheet(table.name(), table.lastRow() + 1, table.header().size());
        List<ColumnWidth> widths = ColumnWidth.of(table);
        for (int c = 0; c < widths.size(); c++) {
            sheet.setColumnWidth(c, widths.get(c).characters() * MM_PER_CHARACTER);
        }
        sheet.getRange(0, 0).setValue(table.title());
        sheet.getRange(0, 0).setStyle(style(true, TITLE_SIZE, false, false));
        for (int i = 0; i < table.context().size(); i++) {
            sheet.getRange(1 + i, 0).setValue(table.context().get(i));
        }
        Range header = sheet.getRange(table.headerRow(), 0, 1, table.header().size());
        header.setValues(table.header().toArray());
        header.setStyle(style(true, -1, true, false));
        for (int r = 0; r < table.rows().size(); r++) {
            List<Object> cells = table.rows().get(r);
            int lines = 1;
            for (int c = 0; c < cells.size(); c++) {
                lines = Math.max(lines, widths.get(c).lines(TableSheet.shown(cells.get(c))));
                Range cell = sheet.getRange(table.headerRow() + 1 + r, c);
                Object value = cells.get(c);
                if (value instanceof Figure figure) {
                    cell.setValue(figure.number());
                } else {
                    cell.setValue(TableSheet.shown(value));
                    // Shorthand stands where a number would: aligned as numbers are.
                    cell.setStyle(style(false, -1, widths.get(c).wraps(), value instanceof Cell.Symbol));
                }
            }
            fitHeight(sheet, table.headerRow() + 1 + r, lines);
        }
        return sheet;
    }

    /** As in the workbook: a row of wrapped text is given its lines rather than left to the reader's guess. */
    private static void fitHeight(Sheet sheet, int row, int lines) {
        if (lines > 1) {
            sheet.setRowHeight(row, lines * LINE_MM);
        }
    }

    private static Style style(boolean bold, int size, boolean wraps, boolean right) {
        Style style = new Style();
        style.setBold(bold);
        if (size > 0) {
            style.setFontSize(size);
        }
        style.setWrap(wraps);
        style.setVerticalTextAligment(Style.VERTICAL_TEXT_ALIGMENT.Top);
        if (right) {
            style.setTextAligment(Style.TEXT_ALIGMENT.Right);
        }
        return style;
    }
}
