package org.outreach.warehouse;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** A query's rows, materialised as text, printable as an aligned table, CSV or JSON. */
public record QueryResult(List<String> columns, List<List<Object>> rows) {

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
        out.println(columns.stream().map(QueryResult::csvCell).collect(Collectors.joining(",")));
        for (List<Object> row : rows) {
            out.println(row.stream().map(v -> v == null ? "" : csvCell(text(v))).collect(Collectors.joining(",")));
        }
    }

    private void printJson(PrintStream out) {
        out.println("[");
        for (int r = 0; r < rows.size(); r++) {
            List<Object> row = rows.get(r);
            StringBuilder line = new StringBuilder("  {");
            for (int c = 0; c < columns.size(); c++) {
                if (c > 0) {
                    line.append(", ");
                }
                line.append(jsonString(columns.get(c))).append(": ").append(jsonValue(row.get(c)));
            }
            out.println(line.append(r + 1 < rows.size() ? "}," : "}"));
        }
        out.println("]");
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

    private static String csvCell(String text) {
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    private static String jsonValue(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Number || value instanceof Boolean) {
            return text(value);
        }
        return jsonString(value.toString());
    }

    private static String jsonString(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        json.append(String.format("\\u%04x", (int) ch));
                    } else {
                        json.append(ch);
                    }
                }
            }
        }
        return json.append('"').toString();
    }
}
