package org.outreach.ingest.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * RFC 4180 CSV read by commons-csv over a stream: a header row, fields optionally quoted,
 * quotes doubled inside quotes, commas and line breaks allowed inside quotes; UTF-8 with or
 * without a byte-order mark; any one-character delimiter. Each record knows the physical
 * line it starts on.
 */
public final class CsvRecords implements RecordFormat {

    private final CSVFormat format;

    public CsvRecords(char delimiter) {
        this.format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
    }

    @Override
    public Cursor open(Path file) {
        try {
            BufferedReader text = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
                    StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)));
            text.mark(1);
            if (text.read() != '\uFEFF') {
                text.reset();
            }
            return new CsvCursor(file, CSVParser.builder().setReader(text).setFormat(format).get());
        } catch (IOException e) {
            throw new UnreadableFileException(file, "cannot read as UTF-8 text (" + e.getMessage() + ")", e);
        }
    }

    private static final class CsvCursor implements Cursor {

        private final Path file;
        private final CSVParser parser;
        private final Iterator<CSVRecord> rows;
        private final List<String> header;

        CsvCursor(Path file, CSVParser parser) {
            this.file = file;
            this.parser = parser;
            this.rows = parser.iterator();
            CSVRecord first = nextRow();
            if (first == null) {
                close();
                throw new UnreadableFileException(file, "no header row");
            }
            this.header = first.stream().map(String::strip).toList();
        }

        @Override
        public SourceRecord next() {
            while (true) {
                long line = parser.getCurrentLineNumber() + 1;
                CSVRecord row = nextRow();
                if (row == null) {
                    return null;
                }
                if (row.size() == 1 && row.get(0).isEmpty()) {
                    continue;
                }
                if (row.size() != header.size()) {
                    return SourceRecord.broken(line, new ContractViolation("(record)",
                            "wrong number of columns: " + row.size() + " instead of " + header.size(), null));
                }
                Map<String, Object> values = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    values.put(header.get(i), row.get(i));
                }
                return SourceRecord.of(line, values);
            }
        }

        /** One row, parsed only when asked for: the iterator's hasNext() would read ahead and move the line count. */
        private CSVRecord nextRow() {
            long line = parser.getCurrentLineNumber() + 1;
            try {
                return rows.next();
            } catch (NoSuchElementException end) {
                return null;
            } catch (UncheckedIOException e) {
                String reason = e.getCause() instanceof java.nio.charset.CharacterCodingException
                        ? "cannot read as UTF-8 text (" + e.getCause() + ")"
                        : e.getMessage() != null && e.getMessage().contains("EOF reached before encapsulated token")
                        ? "a quoted field opened on line " + line + " never closes"
                        : "not readable as CSV from line " + line + " (" + e.getCause().getMessage() + ")";
                throw new UnreadableFileException(file, reason, e);
            }
        }

        @Override
        public void close() {
            try {
                parser.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot close " + file, e);
            }
        }
    }
}
