package org.outreach.warehouse.pack;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTable;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableColumn;

/**
 * indicators.xlsx, streamed (a year's pack has tens of thousands of rows): the cover, then
 * each table sheet with its title in A1, its context lines, and its table marked up as an
 * Excel table (header row, name, filter buttons) with the rows down to it frozen.
 */
final class XlsxFile {

    private static final int ROWS_IN_MEMORY = 200;
    /** Excel's column width unit is 1/256 of a character. */
    private static final int WIDTH_UNIT = 256;
    private static final float BODY_POINTS = 11;
    private static final float LINE_POINTS = 15;
    private static final short TITLE_POINTS = 14;
    private static final float TITLE_LINE_POINTS = 19;

    private final SXSSFWorkbook workbook;
    private final Styles styles;

    private XlsxFile(SXSSFWorkbook workbook) {
        this.workbook = workbook;
        this.styles = new Styles(workbook);
    }

    static void write(Path file, PackWorkbook pack) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        try (OutputStream out = Files.newOutputStream(file)) {
            XlsxFile xlsx = new XlsxFile(workbook);
            xlsx.cover(pack.cover());
            for (TableSheet table : pack.tables()) {
                xlsx.table(table);
            }
            workbook.write(out);
        } finally {
            // SXSSF's temporary sheet files outlive close(); only dispose() removes them.
            workbook.dispose();
            workbook.close();
        }
    }

    private void cover(CoverSheet cover) {
        Sheet sheet = workbook.createSheet(CoverSheet.NAME);
        sheet.setColumnWidth(0, ColumnWidth.COVER.characters() * WIDTH_UNIT);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        List<CoverSheet.Line> lines = cover.lines();
        for (int r = 0; r < lines.size(); r++) {
            CoverSheet.Line line = lines.get(r);
            Row row = sheet.createRow(r);
            org.apache.poi.ss.usermodel.Cell cell = row.createCell(0);
            cell.setCellValue(line.text());
            if (r == 0) {
                cell.setCellStyle(styles.coverTitle);
                int length = (int) Math.ceil(line.text().length() * TITLE_POINTS / BODY_POINTS);
                row.setHeightInPoints(ColumnWidth.COVER.lines(length) * TITLE_LINE_POINTS);
            } else {
                cell.setCellStyle(line.heading() ? styles.coverHeading : styles.coverText);
                fitHeight(row, ColumnWidth.COVER.lines(line.text()));
            }
        }
    }

    private void table(TableSheet table) {
        Sheet sheet = workbook.createSheet(table.name());
        List<ColumnWidth> widths = ColumnWidth.of(table);
        for (int c = 0; c < widths.size(); c++) {
            sheet.setColumnWidth(c, widths.get(c).characters() * WIDTH_UNIT);
        }
        Row title = sheet.createRow(0);
        title.createCell(0).setCellValue(table.title());
        title.getCell(0).setCellStyle(styles.title);
        title.setHeightInPoints(TITLE_LINE_POINTS);
        for (int i = 0; i < table.context().size(); i++) {
            sheet.createRow(1 + i).createCell(0).setCellValue(table.context().get(i));
        }
        Row header = sheet.createRow(table.headerRow());
        for (int c = 0; c < table.header().size(); c++) {
            header.createCell(c).setCellValue(table.header().get(c));
            header.getCell(c).setCellStyle(styles.header);
        }
        for (int r = 0; r < table.rows().size(); r++) {
            Row row = sheet.createRow(table.headerRow() + 1 + r);
            List<Object> cells = table.rows().get(r);
            int lines = 1;
            for (int c = 0; c < cells.size(); c++) {
                value(row.createCell(c), cells.get(c), widths.get(c).wraps());
                lines = Math.max(lines, widths.get(c).lines(TableSheet.shown(cells.get(c))));
            }
            fitHeight(row, lines);
        }
        sheet.createFreezePane(0, table.headerRow() + 1);
        printable(sheet, table);
        markUp(table);
    }

    /** Printed, a table is as wide as a landscape page and repeats its header on every page. */
    private static void printable(Sheet sheet, TableSheet table) {
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setRepeatingRows(new CellRangeAddress(table.headerRow(), table.headerRow(), -1, -1));
    }

    private void value(org.apache.poi.ss.usermodel.Cell cell, Object value, boolean wraps) {
        if (value instanceof Figure figure) {
            cell.setCellValue(figure.number());
            cell.setCellStyle(styles.figures.get(figure.format()));
        } else if (value instanceof Cell.Symbol symbol) {
            cell.setCellValue(symbol.text());
            cell.setCellStyle(styles.symbol);
        } else if (value instanceof SheetLink link) {
            cell.setCellValue(link.sheet());
            Hyperlink hyperlink = workbook.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
            hyperlink.setAddress("'" + link.sheet() + "'!A1");
            cell.setHyperlink(hyperlink);
            cell.setCellStyle(styles.link);
        } else {
            cell.setCellValue(value.toString());
            cell.setCellStyle(wraps ? styles.wrapped : styles.text);
        }
    }

    /** Excel does not grow a row for wrapped text it did not lay out itself: give the row its lines. */
    private static void fitHeight(Row row, int lines) {
        if (lines > 1) {
            row.setHeightInPoints(lines * LINE_POINTS);
        }
    }

    /**
     * The table part lives on the streamed sheet's template, which holds no rows, so POI
     * cannot read the column names from the header cells: they are given here, equal to them
     * as Excel requires.
     */
    private void markUp(TableSheet table) {
        AreaReference area = new AreaReference(new CellReference(table.headerRow(), 0),
                new CellReference(table.lastRow(), table.header().size() - 1), SpreadsheetVersion.EXCEL2007);
        XSSFTable part = workbook.getXSSFWorkbook().getSheet(table.name()).createTable(area);
        part.setName(table.tableName());
        part.setDisplayName(table.tableName());
        CTTable ct = part.getCTTable();
        CTTableColumn[] columns = ct.getTableColumns().getTableColumnArray();
        for (int c = 0; c < columns.length; c++) {
            columns[c].setName(table.header().get(c));
        }
        ct.addNewAutoFilter().setRef(area.formatAsString());
        ct.addNewTableStyleInfo().setName("TableStyleLight1");
        ct.getTableStyleInfo().setShowRowStripes(true);
    }

    /** The workbook's few cell styles, made once (Excel allows some 64,000). */
    private static final class Styles {

        final CellStyle coverTitle;
        final CellStyle coverHeading;
        final CellStyle coverText;
        final CellStyle title;
        final CellStyle header;
        final CellStyle text;
        final CellStyle wrapped;
        final CellStyle symbol;
        final CellStyle link;
        final Map<NumberFormat, CellStyle> figures = new EnumMap<>(NumberFormat.class);

        Styles(SXSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            Font large = workbook.createFont();
            large.setBold(true);
            large.setFontHeightInPoints(TITLE_POINTS);
            Font underlined = workbook.createFont();
            underlined.setUnderline(Font.U_SINGLE);
            underlined.setColor(IndexedColors.BLUE.getIndex());

            coverTitle = style(workbook, large, true);
            coverHeading = style(workbook, bold, true);
            coverText = style(workbook, null, true);
            title = style(workbook, large, false);
            header = style(workbook, bold, true);
            text = style(workbook, null, false);
            wrapped = style(workbook, null, true);
            link = style(workbook, underlined, false);
            // Shorthand stands where a number would: aligned as numbers are, so columns read straight.
            symbol = style(workbook, null, false);
            symbol.setAlignment(HorizontalAlignment.RIGHT);
            for (NumberFormat format : NumberFormat.values()) {
                CellStyle figure = style(workbook, null, false);
                figure.setDataFormat(workbook.createDataFormat().getFormat(format.excel()));
                figures.put(format, figure);
            }
        }

        private static CellStyle style(SXSSFWorkbook workbook, Font font, boolean wraps) {
            CellStyle style = workbook.createCellStyle();
            if (font != null) {
                style.setFont(font);
            }
            style.setWrapText(wraps);
            style.setVerticalAlignment(VerticalAlignment.TOP);
            return style;
        }
    }
}
