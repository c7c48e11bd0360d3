package org.outreach.ingest.support;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * One sheet of an Excel workbook, header in row 1. Date-formatted cells come as
 * {@link java.time.LocalDate}, other numbers as Double, text as String; a record's line
 * is its sheet row number.
 */
public final class XlsxRecords implements RecordReader {

    private final String sheetName;

    public XlsxRecords(String sheetName) {
        this.sheetName = sheetName;
    }

    @Override
    public List<SourceRecord> read(Path file) {
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            Sheet sheet = workbook.getSheet(sheetName);
            if (sheet == null) {
                throw new UnreadableFileException(file, "no sheet named '" + sheetName + "'");
            }
            Row headerRow = sheet.getRow(sheet.getFirstRowNum());
            if (headerRow == null) {
                throw new UnreadableFileException(file, "no header row in sheet '" + sheetName + "'");
            }
            List<String> header = new ArrayList<>();
            for (Cell cell : headerRow) {
                header.add(cell.getStringCellValue().strip());
            }
            List<SourceRecord> records = new ArrayList<>();
            for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                Map<String, Object> values = new LinkedHashMap<>();
                boolean blank = true;
                for (int c = 0; c < header.size(); c++) {
                    Object value = row == null ? null : value(row.getCell(c));
                    values.put(header.get(c), value);
                    blank &= value == null;
                }
                if (!blank) {
                    records.add(SourceRecord.of(r + 1L, values));
                }
            }
            return records;
        } catch (IOException | RuntimeException e) {
            if (e instanceof UnreadableFileException unreadable) {
                throw unreadable;
            }
            throw new UnreadableFileException(file, "not a readable XLSX workbook (" + e.getMessage() + ")", e);
        }
    }

    private static Object value(Cell cell) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate()
                    : (Object) cell.getNumericCellValue();
            case STRING -> cell.getStringCellValue().isBlank() ? null : cell.getStringCellValue();
            case BOOLEAN -> cell.getBooleanCellValue();
            default -> null;
        };
    }
}
