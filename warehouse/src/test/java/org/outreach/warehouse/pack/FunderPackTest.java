package org.outreach.warehouse.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.miachm.sods.SpreadSheet;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FunderPackTest {

    private static final String HEADER = "indicator,service,location_code,topic,partner,period_type,period,value,"
            + "numerator,denominator";

    /** FY 2010/11 under the threshold policy: BUS-B is suppressed secondarily, no 2010-03 nor 2011/12 rows. */
    private static final List<String> YEAR_ROWS = List.of(
            "cost_per_client,ALL,ALL,ALL,ALL,FY,2010/11,246.91,12345.5,50",
            "funding_gbp,ALL,ALL,ALL,ALL,FY,2010/11,12345.5,[z],[z]",
            "mean_feedback,FIRST_CLICK,VEN-1,ALL,ALL,MONTH,2010-11,4.2,42,10",
            "referrals,REFERRALS,ALL,ALL,NCU,FY,2010/11,12,[z],[z]",
            "review_flag,ONE_STOP_BUS,BUS-A,ALL,ALL,MONTH,2010-12,1,[z],[z]",
            "transactions,ONE_STOP_BUS,ALL,ALL,ALL,FY,2010/11,40,[z],[z]",
            "transactions,ONE_STOP_BUS,BUS-A,ALL,ALL,FY,2010/11,[c],[z],[z]",
            "transactions,ONE_STOP_BUS,BUS-B,ALL,ALL,FY,2010/11,[c],[z],[z]",
            "transactions,ONE_STOP_BUS,BUS-C,ALL,ALL,FY,2010/11,29,[z],[z]",
            "transactions,ONE_STOP_BUS,ALL,ALL,ALL,MONTH,2010-11,[c],[z],[z]",
            "transactions,ONE_STOP_BUS,BUS-A,ALL,ALL,MONTH,2010-11,[c],[z],[z]",
            "transactions,ONE_STOP_BUS,ALL,ALL,ALL,MONTH,2010-12,0,[z],[z]",
            "transactions,ONE_STOP_BUS,BUS-A,ALL,ALL,MONTH,2010-12,0,[z],[z]",
            "visit_completion_rate,ONE_STOP_BUS,BUS-A,ALL,ALL,FY,2010/11,0.75,15,20",
            "visit_completion_rate,ONE_STOP_BUS,BUS-B,ALL,ALL,FY,2010/11,[c],[c],[c]");

    private static final List<String> MONTH_ROWS = List.of(
            "mean_feedback,FIRST_CLICK,VEN-1,ALL,ALL,MONTH,2010-11,4.2,42,10",
            "transactions,ONE_STOP_BUS,ALL,ALL,ALL,MONTH,2010-11,[c],[z],[z]",
            "transactions,ONE_STOP_BUS,BUS-A,ALL,ALL,MONTH,2010-11,[c],[z],[z]");

    @TempDir
    Path folder;

    private Path warehouse;
    private Path extracts;
    private final FunderPack pack = new FunderPack(DisclosurePolicy.threshold(4), "outreach@example.org");

    @BeforeEach
    void publishAWarehouse() throws Exception {
        warehouse = PackWarehouseFixture.write(folder.resolve("outreach.duckdb"));
        extracts = folder.resolve("extracts");
    }

    @Test
    void theYearsCsvHoldsItsRowsAndItsMonthsAfterDisclosureControl() throws Exception {
        PackResult result = pack.write(warehouse, Period.parse("2010/11"), extracts);

        assertThat(result.folder()).isEqualTo(extracts.toAbsolutePath().resolve("fy-2010-11"));
        assertThat(result.files()).extracting(f -> f.getFileName().toString())
                .containsExactly("indicators.csv", "indicators.csv-metadata.json", "indicators.xlsx", "indicators.ods",
                        "manifest.json");
        assertThat(result.files()).allMatch(Files::isRegularFile);
        assertThat(result.rows()).isEqualTo(YEAR_ROWS.size());
        assertThat(csv(result.folder().resolve("indicators.csv"))).containsExactlyElementsOf(withHeader(YEAR_ROWS));
    }

    @Test
    void aMonthsPackHoldsThatMonthOnly() throws Exception {
        PackResult result = pack.write(warehouse, Period.parse("2010-11"), extracts);

        assertThat(result.folder().getFileName().toString()).isEqualTo("month-2010-11");
        assertThat(result.rows()).isEqualTo(MONTH_ROWS.size());
        assertThat(csv(result.folder().resolve("indicators.csv"))).containsExactlyElementsOf(withHeader(MONTH_ROWS));
        assertThat(xlsx(result.folder().resolve("indicators.xlsx")).stream().map(SheetRows::name))
                .containsExactly("Cover", "Contents", "Notes", "ONE_STOP_BUS", "FIRST_CLICK");
    }

    @Test
    void eachServiceSheetOfTheWorkbookHoldsTheCsvRowsOfItsService() throws Exception {
        PackResult result = pack.write(warehouse, Period.parse("2010/11"), extracts);

        List<SheetRows> sheets = xlsx(result.folder().resolve("indicators.xlsx"));

        assertThat(sheets).extracting(SheetRows::name)
                .containsExactly("Cover", "Contents", "Notes", "ONE_STOP_BUS", "FIRST_CLICK", "REFERRALS", "ALL");
        assertDataSheets(sheets);
    }

    @Test
    void eachServiceSheetOfTheOdsHoldsTheCsvRowsOfItsService() throws Exception {
        PackResult result = pack.write(warehouse, Period.parse("2010/11"), extracts);

        SpreadSheet spreadsheet = new SpreadSheet(result.folder().resolve("indicators.ods").toFile());
        List<SheetRows> sheets = new ArrayList<>();
        for (com.github.miachm.sods.Sheet sheet : spreadsheet.getSheets()) {
            List<List<Object>> rows = new ArrayList<>();
            for (Object[] row : sheet.getDataRange().getValues()) {
                rows.add(java.util.Arrays.asList(row));
            }
            sheets.add(new SheetRows(sheet.getName(), rows));
        }

        assertThat(sheets).extracting(SheetRows::name)
                .containsExactly("Cover", "Contents", "Notes", "ONE_STOP_BUS", "FIRST_CLICK", "REFERRALS", "ALL");
        assertDataSheets(sheets);
    }

    @Test
    void theManifestNamesTheRunAndFingerprintsEachDataFile() throws Exception {
        PackResult result = pack.write(warehouse, Period.parse("2010/11"), extracts);

        JsonNode manifest = new ObjectMapper().readTree(result.folder().resolve("manifest.json").toFile());

        assertThat(manifest.get("period").asText()).isEqualTo("2010/11");
        assertThat(manifest.get("period_type").asText()).isEqualTo("FY");
        assertThat(manifest.get("run_id").asText()).isEqualTo(PackWarehouseFixture.RUN_ID);
        assertThat(manifest.get("as_of").asText()).isEqualTo("2011-04-01");
        assertThat(manifest.get("generated_at").asText()).isNotBlank();
        assertThat(manifest.get("disclosure_policy").asText()).isEqualTo(DisclosurePolicy.threshold(4).describe());
        assertThat(manifest.get("rows").asLong()).isEqualTo(YEAR_ROWS.size());
        JsonNode sources = manifest.get("source_rows");
        assertThat(sources.get("transactions_crm").asLong()).isEqualTo(3);
        assertThat(sources.get("transactions_meta").asLong()).isEqualTo(1);
        assertThat(sources.get("transactions_first_click").asLong()).isZero();
        assertThat(sources.get("meta_cases").asLong()).isEqualTo(1);
        assertThat(sources.get("bus_visits").asLong()).isEqualTo(2);
        assertThat(sources.get("programme_events").asLong()).isZero();
        assertThat(sources.get("bookings").asLong()).isEqualTo(1);
        assertThat(sources.get("referrals").asLong()).isEqualTo(2);
        List<String> names = new ArrayList<>();
        for (JsonNode file : manifest.get("files")) {
            Path written = result.folder().resolve(file.get("name").asText());
            names.add(file.get("name").asText());
            assertThat(file.get("bytes").asLong()).isEqualTo(Files.size(written));
            assertThat(file.get("sha256").asText()).isEqualTo(sha256(written));
        }
        assertThat(names).containsExactly("indicators.csv", "indicators.csv-metadata.json", "indicators.xlsx",
                "indicators.ods");
    }

    @Test
    void tenFiveRoundsCountsAndPartsOfPublishedRates() throws Exception {
        PackResult result = new FunderPack(DisclosurePolicy.tenFive(10, 5), "outreach@example.org")
                .write(warehouse, Period.parse("2010/11"), extracts);

        assertThat(csv(result.folder().resolve("indicators.csv"))).contains(
                "transactions,ONE_STOP_BUS,ALL,ALL,ALL,FY,2010/11,40,[z],[z]",
                "transactions,ONE_STOP_BUS,BUS-C,ALL,ALL,FY,2010/11,30,[z],[z]",
                "referrals,REFERRALS,ALL,ALL,NCU,FY,2010/11,10,[z],[z]",
                "visit_completion_rate,ONE_STOP_BUS,BUS-A,ALL,ALL,FY,2010/11,0.75,15,20",
                "mean_feedback,FIRST_CLICK,VEN-1,ALL,ALL,MONTH,2010-11,4.2,40,10",
                "funding_gbp,ALL,ALL,ALL,ALL,FY,2010/11,12345.5,[z],[z]");
    }

    @Test
    void anUnknownPeriodIsNamedAndNothingIsWritten() {
        assertThatThrownBy(() -> pack.write(warehouse, Period.parse("2012/13"), extracts))
                .isInstanceOf(NoFiguresException.class).hasMessageContaining("no figures for 2012/13");
        assertThat(extracts).doesNotExist();
    }

    @Test
    void anIndicatorWithoutADefinitionIsNamedAndNothingIsWritten() throws Exception {
        PackWarehouseFixture.forget(warehouse, "review_flag");

        assertThatThrownBy(() -> pack.write(warehouse, Period.parse("2010/11"), extracts))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("review_flag");
        assertThat(extracts).doesNotExist();
    }

    @Test
    void aLocationWithoutANameIsNamedAndNothingIsWritten() throws Exception {
        PackWarehouseFixture.forgetLocation(warehouse, "BUS-C");

        assertThatThrownBy(() -> pack.write(warehouse, Period.parse("2010/11"), extracts))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("BUS-C");
        assertThat(extracts).doesNotExist();
    }

    @Test
    void aRerunReplacesThePeriodsPackAndLeavesNothingBehind() throws Exception {
        PackResult first = pack.write(warehouse, Period.parse("2010/11"), extracts);
        Files.writeString(first.folder().resolve("stale.txt"), "from an older pack");
        pack.write(warehouse, Period.parse("2010-11"), extracts);

        PackResult second = new FunderPack(DisclosurePolicy.tenFive(10, 5), "outreach@example.org")
                .write(warehouse, Period.parse("2010/11"), extracts);

        assertThat(second.folder()).isEqualTo(first.folder());
        assertThat(second.folder().resolve("stale.txt")).doesNotExist();
        assertThat(Files.readString(second.folder().resolve("manifest.json"))).contains("10-5");
        try (Stream<Path> entries = Files.list(extracts)) {
            assertThat(entries.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("fy-2010-11",
                    "month-2010-11");
        }
    }

    /**
     * Each service sheet: below the title and context, the table's rows are exactly the CSV's
     * rows of that service, typed, once the label columns beside the codes are set aside.
     */
    private static void assertDataSheets(List<SheetRows> sheets) {
        for (SheetRows sheet : sheets.subList(3, sheets.size())) {
            int header = sheet.rows().indexOf(new ArrayList<Object>(PackSheets.SHEET_COLUMNS));
            assertThat(header).as(sheet.name() + " has the table's header row").isPositive();
            List<List<Object>> codes = new ArrayList<>();
            for (List<Object> row : sheet.rows().subList(header, sheet.rows().size())) {
                List<Object> withoutLabels = new ArrayList<>(row);
                withoutLabels.remove(PackSheets.SHEET_COLUMNS.indexOf("location_name"));
                withoutLabels.remove(PackSheets.SHEET_COLUMNS.indexOf("indicator_label"));
                codes.add(withoutLabels);
            }
            List<List<Object>> expected = new ArrayList<>();
            expected.add(List.of(HEADER.split(",")));
            YEAR_ROWS.stream().map(line -> line.split(",")).filter(cells -> cells[1].equals(sheet.name()))
                    .map(FunderPackTest::typed).forEach(expected::add);
            assertThat(codes).as(sheet.name()).containsExactlyElementsOf(expected);
        }
    }

    /** Figures as numbers, symbols and dimensions as text. */
    private static List<Object> typed(String[] cells) {
        List<Object> row = new ArrayList<>();
        for (int c = 0; c < cells.length; c++) {
            row.add(c >= 7 && !cells[c].startsWith("[") ? (Object) Double.valueOf(cells[c]) : cells[c]);
        }
        return row;
    }

    private record SheetRows(String name, List<List<Object>> rows) {
    }

    private static List<SheetRows> xlsx(Path file) throws Exception {
        List<SheetRows> sheets = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(file.toFile())) {
            for (Sheet sheet : workbook) {
                List<List<Object>> rows = new ArrayList<>();
                for (Row row : sheet) {
                    List<Object> cells = new ArrayList<>();
                    for (org.apache.poi.ss.usermodel.Cell cell : row) {
                        cells.add(cell.getCellType() == CellType.NUMERIC ? (Object) cell.getNumericCellValue()
                                : cell.getStringCellValue());
                    }
                    rows.add(cells);
                }
                sheets.add(new SheetRows(sheet.getSheetName(), rows));
            }
        }
        return sheets;
    }

    private static List<String> csv(Path file) throws Exception {
        List<String> lines = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.RFC4180.parse(in)) {
            for (CSVRecord record : parser) {
                lines.add(String.join(",", record.toList()));
            }
        }
        return lines;
    }

    private static List<String> withHeader(List<String> rows) {
        List<String> lines = new ArrayList<>(List.of(HEADER));
        lines.addAll(rows);
        return lines;
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
