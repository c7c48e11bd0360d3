package org.outreach.warehouse.pack;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** indicators.csv: RFC 4180 (comma, CRLF, quotes only where needed), UTF-8 without a byte order mark. */
final class CsvFile {

    private CsvFile() {
    }

    static void write(Path file, List<PublishedValue> published) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            line(out, List.copyOf(PackSheets.COLUMNS));
            for (PublishedValue value : published) {
                line(out, PackSheets.cells(value));
            }
        }
    }

    private static void line(Writer out, List<Object> cells) throws IOException {
        out.write(cells.stream().map(CsvFile::text).collect(Collectors.joining(",")));
        out.write("\r\n");
    }

    private static String text(Object cell) {
        String text = cell instanceof Double number ? Cell.of(number).text() : cell.toString();
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
