package org.outreach.warehouse.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * indicators.csv is what funders' systems load: it stays byte for byte as it was before the
 * spreadsheets gained labels and formats. The golden file was written by the CSV writer of
 * commit aeaaf97 (before that change) from these same rows.
 */
class CsvFileGoldenTest {

    static final String GOLDEN = "indicators-golden.csv";

    /** Every kind of cell the writer meets: whole and fractional figures, each symbol, a text needing quotes. */
    static List<PublishedValue> rows() {
        return List.of(
                published("transactions", "ONE_STOP_BUS", "ALL", "FY", "2010/11", 1234567.0, null, null,
                        Cell.of(1234567.0), Cell.ofPart(null), Cell.ofPart(null)),
                published("transactions", "ONE_STOP_BUS", "BUS-A", "FY", "2010/11", 3.0, null, null,
                        Cell.CONFIDENTIAL, Cell.ofPart(null), Cell.ofPart(null)),
                published("visit_completion_rate", "ONE_STOP_BUS", "BUS-A", "MONTH", "2010-11", 0.1 + 0.2, 3.0,
                        10.0, Cell.of(0.1 + 0.2), Cell.of(3.0), Cell.of(10.0)),
                published("visit_completion_rate", "ONE_STOP_BUS", "BUS-B", "MONTH", "2010-11", 0.5, 2.0, 4.0,
                        Cell.CONFIDENTIAL, Cell.CONFIDENTIAL, Cell.CONFIDENTIAL),
                published("funding_gbp", "ALL", "ALL", "FY", "2010/11", 12345.5, null, null,
                        Cell.of(12345.5), Cell.ofPart(null), Cell.ofPart(null)),
                published("cost_per_client", "ALL", "ALL", "FY", "2010/11", 12345.5 / 7, 12345.5, 7.0,
                        Cell.of(12345.5 / 7), Cell.of(12345.5), Cell.of(7.0)),
                published("mean_feedback", "FIRST_CLICK", "VEN-1", "MONTH", "2010-12", null, null, null,
                        new Cell(null, Cell.Symbol.NOT_AVAILABLE), Cell.ofPart(null), Cell.ofPart(null)),
                published("referrals", "REFERRALS", "Venue, \"quoted\"", "FY", "2010/11", 1e17, null, null,
                        Cell.of(1e17), Cell.ofPart(null), Cell.ofPart(null)),
                published("transactions", "META", "OFF-1", "MONTH", "2010-04", 0.0, null, null,
                        Cell.of(0.0), Cell.ofPart(null), Cell.ofPart(null)));
    }

    private static PublishedValue published(String indicator, String service, String location, String periodType,
                                            String period, Double value, Double numerator, Double denominator,
                                            Cell shown, Cell shownNumerator, Cell shownDenominator) {
        return new PublishedValue(new IndicatorValue(indicator, service, location, "ALL", "ALL", periodType, period,
                value, numerator, denominator), shown, shownNumerator, shownDenominator);
    }

    @Test
    void theCsvIsByteForByteWhatItWasBeforeTheSpreadsheetsChanged(@TempDir Path folder) throws Exception {
        Path csv = folder.resolve("indicators.csv");

        CsvFile.write(csv, rows());

        try (InputStream golden = CsvFileGoldenTest.class.getResourceAsStream(GOLDEN)) {
            assertThat(Files.readAllBytes(csv)).isEqualTo(golden.readAllBytes());
        }
    }
}
