package org.outreach.warehouse.pack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** indicators.csv: RFC 4180 (comma, CRLF, quotes only where needed), UTF-8 without a byte order mark. */
final class CsvFile {

    private CsvFile() {
    }

    static void write(Path file, List<PublishedValue> published) throws IOException {
        try (CSVPrinter csv = new CSVPrinter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), CSVFormat.RFC4180)) {
            csv.printRecord(PackSheets.COLUMNS);
            for (PublishedValue value : published) {
                csv.printRecord(PackSheets.cells(value).stream().map(CsvFile::text));
            }
        }
    }

    private static String text(Object cell) {
        return cell instanceof Double number ? Cell.of(number).text() : cell.toString();
    }
}
