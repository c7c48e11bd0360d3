package org.outreach.ingest.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * One sheet of an Excel workbook, header in row 1, read row by row from the sheet's XML
 * (POI's event model, {@link XSSFReader}) instead of loading the workbook. Date-formatted
 * cells come as {@link java.time.LocalDate}, other numbers as Double, text as String; a
 * record's line is its sheet row number.
 */
public final class XlsxRecords implements RecordFormat {

    private final String sheetName;

    public XlsxRecords(String sheetName) {
        this.sheetName = sheetName;
    }

    @Override
    public Cursor open(Path file) {
        FileMagic magic;
        try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(file))) {
            magic = FileMagic.valueOf(in);
        } catch (IOException e) {
            throw new UnreadableFileException(file, "cannot read (" + e.getMessage() + ")", e);
        }
        if (magic != FileMagic.OOXML) {
            throw new UnreadableFileException(file,
                    "not a readable XLSX workbook (Can't open workbook - unsupported file type: " + magic + ")");
        }
        OPCPackage workbook = null;
        try {
            workbook = OPCPackage.open(file.toFile(), PackageAccess.READ);
            XSSFReader reader = new XSSFReader(workbook);
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            while (sheets.hasNext()) {
                InputStream sheet = sheets.next();
                if (sheets.getSheetName().equals(sheetName)) {
                    return new SheetCursor(file, workbook, new ReadOnlySharedStringsTable(workbook),
                            reader.getStylesTable(), XMLHelper.newXMLInputFactory().createXMLStreamReader(sheet));
                }
                sheet.close();
            }
            throw new UnreadableFileException(file, "no sheet named '" + sheetName + "'");
        } catch (Exception e) {
            if (workbook != null) {
                workbook.revert();
            }
            if (e instanceof UnreadableFileException unreadable) {
                throw unreadable;
            }
            throw new UnreadableFileException(file, "not a readable XLSX workbook (" + e.getMessage() + ")", e);
        }
    }

    private final class SheetCursor implements Cursor {

        private final Path file;
        private final OPCPackage workbook;
        private final ReadOnlySharedStringsTable strings;
        private final StylesTable styles;
        private final XMLStreamReader xml;
        private final List<String> header;

        SheetCursor(Path file, OPCPackage workbook, ReadOnlySharedStringsTable strings, StylesTable styles,
                    XMLStreamReader xml) {
            this.file = file;
            this.workbook = workbook;
            this.strings = strings;
            this.styles = styles;
            this.xml = xml;
            Row first = nextRow();
            if (first == null) {
                close();
                throw new UnreadableFileException(file, "no header row in sheet '" + sheetName + "'");
            }
            this.header = first.cells().values().stream().map(v -> v == null ? "" : v.toString().strip()).toList();
        }

        @Override
        public SourceRecord next() {
            Row row;
            while ((row = nextRow()) != null) {
                Map<String, Object> values = new LinkedHashMap<>();
                boolean blank = true;
                for (int c = 0; c < header.size(); c++) {
                    Object value = row.cells().get(c);
                    values.put(header.get(c), value);
                    blank &= value == null;
                }
                if (!blank) {
                    return SourceRecord.of(row.number(), values);
                }
            }
            return null;
        }

        private record Row(long number, Map<Integer, Object> cells) {
        }

        /** The next {@code <row>} of the sheet: its number and its cells' values by column index. */
        private Row nextRow() {
            try {
                while (xml.hasNext()) {
                    if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("row")) {
                        long number = Long.parseLong(xml.getAttributeValue(null, "r"));
                        Map<Integer, Object> cells = new LinkedHashMap<>();
                        int position = 0;
                        while (!(xml.next() == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("row"))) {
                            if (xml.isStartElement() && xml.getLocalName().equals("c")) {
                                String ref = xml.getAttributeValue(null, "r");
                                int column = ref == null ? position : new CellReference(ref).getCol();
                                cells.put(column, cell());
                                position = column + 1;
                            }
                        }
                        return new Row(number, cells);
                    }
                }
                return null;
            } catch (XMLStreamException | RuntimeException e) {
                throw new UnreadableFileException(file, "not a readable XLSX workbook (" + e.getMessage() + ")", e);
            }
        }

        /** The value of the {@code <c>} element the reader is on, leaving it at its end. */
        private Object cell() throws XMLStreamException {
            String type = xml.getAttributeValue(null, "t");
            String style = xml.getAttributeValue(null, "s");
            StringBuilder value = new StringBuilder();
            StringBuilder inline = new StringBuilder();
            String element = null;
            while (!(xml.next() == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("c"))) {
                if (xml.isStartElement()) {
                    element = xml.getLocalName();
                } else if (xml.isEndElement()) {
                    element = null;
                } else if (xml.isCharacters() && element != null) {
                    if (element.equals("v")) {
                        value.append(xml.getText());
                    } else if (element.equals("t")) {
                        inline.append(xml.getText());
                    }
                }
            }
            String text = value.toString();
            Object result = switch (type == null ? "n" : type) {
                case "s" -> text.isEmpty() ? null : strings.getItemAt(Integer.parseInt(text)).getString();
                case "inlineStr" -> inline.toString();
                case "str" -> text;
                case "b" -> text.isEmpty() ? null : "1".equals(text);
                case "e" -> null;
                default -> text.isEmpty() ? null : number(Double.parseDouble(text), style);
            };
            return result instanceof String s && s.isBlank() ? null : result;
        }

        private Object number(double value, String style) {
            if (style != null) {
                XSSFCellStyle format = styles.getStyleAt(Integer.parseInt(style));
                if (format != null && DateUtil.isValidExcelDate(value)
                        && DateUtil.isADateFormat(format.getDataFormat(), format.getDataFormatString())) {
                    return DateUtil.getLocalDateTime(value).toLocalDate();
                }
            }
            return value;
        }

        @Override
        public void close() {
            try {
                xml.close();
            } catch (XMLStreamException e) {
                // closing a read-only stream: nothing is lost
            } finally {
                workbook.revert();
            }
        }
    }
}
