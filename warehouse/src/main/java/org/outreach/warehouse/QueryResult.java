package org.outreach.warehouse;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** A query's rows, materialised as text, printable as an aligned table, CSV or JSON. */
public record QueryResult(List<String> columns, List<List<Object>> rows) {

    /** RFC 4180 quoting, one record a line as the terminal writes lines. */
    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setRecordSeparator(System.lineSeparator()).get();
    private static final JsonFactory JSON = new JsonFactory();

    public void print(QueryFormat format, PrintStream out) {
        switch (format) {
            case TABLE -> printTable(out);
            case CSV -> printCsv(out);
            case JSON -> printJson(out);
        }
    }

    private void printTable(PrintStream out) {
        int[] widths = new int[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            widths[c] = columns.get(c).length();
            for (List<Object> row : rows) {
                widths[c] = Math.max(widths[c], text(row.get(c)).length());
            }
        }
        List<String> header = new ArrayList<>();
        List<String> rule = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            header.add(pad(columns.get(c), widths[c], false));
            rule.add("-".repeat(widths[c]));
        }
        out.println(String.join(" | ", header));
        out.println(String.join("-+-", rule));
        for (List<Object> row : rows) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                Object value = row.get(c);
                cells.add(pad(text(value), widths[c], value instanceof Number));
            }
            out.println(String.join(" | ", cells));
        }
        out.println("(" + rows.size() + (rows.size() == 1 ? " row)" : " rows)"));
    }

    private void printCsv(PrintStream out) {
        try {
            CSVPrinter csv = new CSVPrinter(out, CSV);
            csv.printRecord(columns);
            for (List<Object> row : rows) {
                csv.printRecord(row.stream().map(v -> v == null ? null : text(v)));
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JSON array with one object per line, numbers as numbers and nulls as null. */
    private void printJson(PrintStream out) {
        try {
            // Through text, so that the stream's own charset encodes it.
            StringWriter text = new StringWriter();
            JsonGenerator json = JSON.createGenerator(text).setPrettyPrinter(oneRowPerLine());
            json.writeStartArray();
            for (List<Object> row : rows) {
                json.writeStartObject();
                for (int c = 0; c < columns.size(); c++) {
                    json.writeFieldName(columns.get(c));
                    writeValue(json, row.get(c));
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            json.close();
            out.println(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeValue(JsonGenerator json, Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof Boolean bool) {
            json.writeBoolean(bool);
        } else if (value instanceof Number) {
            json.writeNumber(text(value));
        } else {
            json.writeString(value.toString());
        }
    }

    static String text(Object value) {
        if (value == null) {
            return "NULL";
        }
        if (value instanceof Double d && d == Math.rint(d) && !d.isInfinite() && Math.abs(d) < 1e15) {
            return Long.toString(d.longValue());
        }
        if (value instanceof Double d) {
            return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        return value.toString();
    }

    private static String pad(String text, int width, boolean right) {
        String padding = " ".repeat(width - text.length());
        return right ? padding + text : text + padding;
    }

    /**
     * {@code [}, then each row's object on its own line as {@code {"a": 1, "b": "x"}}, then {@code ]}:
     * arrays indented by line, objects inline.
     */
    private static DefaultPrettyPrinter oneRowPerLine() {
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEntrySpacing(Separators.Spacing.AFTER)
                .withArrayValueSpacing(Separators.Spacing.NONE)
                .withArrayEmptySeparator("\n");
        return new DefaultPrettyPrinter(separators)
                .withArrayIndenter(new DefaultIndenter("  ", "\n"))
                .withObjectIndenter(DefaultPrettyPrinter.NopIndenter.instance);
    }
}
