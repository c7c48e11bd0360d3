package org.outreach.warehouse.pack;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** indicators.xlsx, streamed (a year's pack has tens of thousands of rows). */
final class XlsxFile {

    private static final int ROWS_IN_MEMORY = 200;

    private XlsxFile() {
    }

    static void write(Path file, List<SheetTable> tables) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        try (OutputStream out = Files.newOutputStream(file)) {
            CellStyle headerStyle = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            headerStyle.setFont(bold);
            for (SheetTable table : tables) {
                Sheet sheet = workbook.createSheet(table.name());
                Row header = sheet.createRow(0);
                for (int c = 0; c < table.header().size(); c++) {
                    org.apache.poi.ss.usermodel.Cell cell = header.createCell(c);
                    cell.setCellValue(table.header().get(c));
                    cell.setCellStyle(headerStyle);
                }
                for (int r = 0; r < table.rows().size(); r++) {
                    Row row = sheet.createRow(r + 1);
                    List<Object> cells = table.rows().get(r);
                    for (int c = 0; c < cells.size(); c++) {
                        if (cells.get(c) instanceof Double number) {
                            row.createCell(c).setCellValue(number);
                        } else {
                            row.createCell(c).setCellValue(cells.get(c).toString());
                        }
                    }
                }
            }
            workbook.write(out);
        } finally {
            // SXSSF's temporary sheet files outlive close(); only dispose() removes them.
            workbook.dispose();
            workbook.close();
        }
    }
}
