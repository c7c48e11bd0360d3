package org.outreach.ingest.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * RFC 4180 CSV: a header row, fields optionally quoted, quotes doubled inside quotes,
 * commas and line breaks allowed inside quotes; UTF-8 with or without a byte-order mark;
 * any one-character delimiter. Each record knows the physical line it starts on.
 */
public final class CsvRecords implements RecordReader {

    private final char delimiter;

    public CsvRecords(char delimiter) {
        this.delimiter = delimiter;
    }

    @Override
    public List<SourceRecord> read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UnreadableFileException(file, "cannot read as UTF-8 text (" + e.getMessage() + ")", e);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<Row> rows = split(file, text);
        if (rows.isEmpty()) {
            throw new UnreadableFileException(file, "no header row");
        }
        List<String> header = rows.get(0).fields().stream().map(String::strip).toList();
        List<SourceRecord> records = new ArrayList<>();
        for (Row row : rows.subList(1, rows.size())) {
            if (row.fields().size() == 1 && row.fields().get(0).isEmpty()) {
                continue;
            }
            if (row.fields().size() != header.size()) {
                records.add(SourceRecord.broken(row.line(), new ContractViolation("(record)",
                        "wrong number of columns: " + row.fields().size() + " instead of " + header.size(), null)));
                continue;
            }
            Map<String, Object> values = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                values.put(header.get(i), row.fields().get(i));
            }
            records.add(SourceRecord.of(row.line(), values));
        }
        return records;
    }

    private record Row(long line, List<String> fields) {
    }

    private List<Row> split(Path file, String text) {
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        long line = 1;
        long rowStart = 1;
        boolean quoted = false;
        boolean rowHasContent = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                rowHasContent = true;
            } else if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
                rowHasContent = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                rows.add(new Row(rowStart, List.copyOf(fields)));
                fields.clear();
                field.setLength(0);
                rowHasContent = false;
                line++;
                rowStart = line;
            } else {
                field.append(c);
                rowHasContent = true;
            }
        }
        if (quoted) {
            throw new UnreadableFileException(file, "a quoted field opened on line " + rowStart + " never closes");
        }
        if (rowHasContent || field.length() > 0) {
            fields.add(field.toString());
            rows.add(new Row(rowStart, List.copyOf(fields)));
        }
        return rows;
    }
}
