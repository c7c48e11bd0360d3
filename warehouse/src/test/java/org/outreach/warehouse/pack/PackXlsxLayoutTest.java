package org.outreach.warehouse.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** indicators.xlsx read back with POI: the Analysis Function's layout, sheet by sheet. */
class PackXlsxLayoutTest {

    @TempDir
    static Path folder;

    private static XSSFWorkbook workbook;

    @BeforeAll
    static void writeTheYearsPack() throws Exception {
        Path warehouse = PackWarehouseFixture.write(folder.resolve("outreach.duckdb"));
        PackResult result = new FunderPack(DisclosurePolicy.threshold(4), "outreach@example.org",
                Clock.fixed(Instant.parse("2011-04-05T09:00:00Z"), ZoneOffset.UTC)).write(warehouse, Period.parse("2010/11"), folder.resolve("extracts"));
        workbook = new XSSFWorkbook(result.folder().resolve(FunderPack.XLSX).toFile());
    }

    @AfterAll
    static void close() throws Exception {
        workbook.close();
    }

    @Test
    void theCoverComesFirstThenContentsNotesAndOneSheetPerService() {
        assertThat(sheetNames()).containsExactly("Cover", "Contents", "Notes", "ONE_STOP_BUS", "FIRST_CLICK",
                "REFERRALS", "ALL");
    }

    @Test
    void everyTableSheetHasItsTitleInA1AndExactlyOneTableCoveringItsData() {
        for (XSSFSheet sheet : tableSheets()) {
            assertThat(text(sheet, 0, 0)).as(sheet.getSheetName()).isNotBlank();
            assertThat(sheet.getTables()).as(sheet.getSheetName()).hasSize(1);
            XSSFTable table = sheet.getTables().get(0);
            AreaReference area = table.getArea();
            int headerRow = area.getFirstCell().getRow();
            assertThat(headerRow).as("title and 1 to 4 lines of context above the table").isBetween(2, 5);
            for (int r = 1; r < headerRow; r++) {
                assertThat(text(sheet, r, 0)).as(sheet.getSheetName() + " context line " + r).isNotBlank();
            }
            assertThat(area.getFirstCell().getCol()).isZero();
            assertThat((int) area.getLastCell().getRow()).isEqualTo(sheet.getLastRowNum());
            Row header = sheet.getRow(headerRow);
            assertThat((int) area.getLastCell().getCol()).isEqualTo(header.getLastCellNum() - 1);
            assertThat(table.getColumns()).extracting(c -> c.getName())
                    .containsExactlyElementsOf(texts(header));
            assertThat(table.getName()).isEqualTo(table.getDisplayName()).matches("[A-Za-z_][A-Za-z0-9_]*");
            for (int r = headerRow; r <= area.getLastCell().getRow(); r++) {
                for (int c = 0; c <= area.getLastCell().getCol(); c++) {
                    XSSFCell cell = sheet.getRow(r).getCell(c);
                    assertThat(cell).as(sheet.getSheetName() + " " + new CellReference(r, c).formatAsString())
                            .isNotNull();
                    assertThat(cell.getCellType()).isIn(CellType.NUMERIC, CellType.STRING);
                    if (cell.getCellType() == CellType.STRING) {
                        assertThat(cell.getStringCellValue()).isNotBlank();
                    }
                }
            }
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat((int) sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo(headerRow + 1);
        }
    }

    @Test
    void tablesPrintAsWideAsALandscapePageWithTheirHeaderOnEveryPage() {
        for (XSSFSheet sheet : tableSheets()) {
            int headerRow = sheet.getTables().get(0).getArea().getFirstCell().getRow();
            assertThat(sheet.getPrintSetup().getLandscape()).as(sheet.getSheetName()).isTrue();
            assertThat(sheet.getFitToPage()).isTrue();
            assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(sheet.getPrintSetup().getFitHeight()).isZero();
            assertThat(sheet.getRepeatingRows().getFirstRow()).isEqualTo(headerRow);
            assertThat(sheet.getRepeatingRows().getLastRow()).isEqualTo(headerRow);
        }
    }

    @Test
    void noSheetHasMergedCells() {
        for (org.apache.poi.ss.usermodel.Sheet sheet : workbook) {
            assertThat(sheet.getNumMergedRegions()).as(sheet.getSheetName()).isZero();
        }
    }

    @Test
    void serviceTablesGiveTheLabelOfEachIndicatorAndTheNameOfEachLocationBesideTheCode() {
        XSSFSheet bus = workbook.getSheet("ONE_STOP_BUS");
        int header = bus.getTables().get(0).getArea().getFirstCell().getRow();

        assertThat(texts(bus.getRow(header))).containsExactly("indicator", "indicator_label", "service",
                "location_code", "location_name", "topic", "partner", "period_type", "period", "value", "numerator",
                "denominator");
        List<List<String>> labelled = new ArrayList<>();
        for (int r = header + 1; r <= bus.getLastRowNum(); r++) {
            labelled.add(List.of(text(bus, r, 0), text(bus, r, 1), text(bus, r, 3), text(bus, r, 4)));
        }
        assertThat(labelled).contains(
                List.of("transactions", "Transactions", "ALL", "All locations"),
                List.of("transactions", "Transactions", "BUS-A", "Attleborough market"),
                List.of("visit_completion_rate", "Bus visit completion rate", "BUS-B", "Banham"),
                List.of("review_flag", "Stop flagged for review", "BUS-A", "Attleborough market"));
    }

    @Test
    void figuresAreFormattedByWhatTheyMeasureAndShorthandIsTextAlignedAsNumbers() {
        Map<String, List<String>> formats = Map.of(
                "transactions", List.of("#,##0"),
                "visit_completion_rate", List.of("0.0%", "#,##0", "#,##0"),
                "review_flag", List.of("0"),
                "mean_feedback", List.of("#,##0.00", "#,##0", "#,##0"),
                "referrals", List.of("#,##0"),
                "funding_gbp", List.of("\"£\"#,##0.00"),
                "cost_per_client", List.of("\"£\"#,##0.00", "\"£\"#,##0.00", "#,##0"));
        int checked = 0;
        for (XSSFSheet sheet : serviceSheets()) {
            int header = sheet.getTables().get(0).getArea().getFirstCell().getRow();
            for (int r = header + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> expected = formats.get(row.getCell(0).getStringCellValue());
                for (int i = 0; i < 3; i++) {
                    XSSFCell cell = (XSSFCell) row.getCell(9 + i);
                    if (cell.getCellType() == CellType.NUMERIC) {
                        assertThat(cell.getCellStyle().getDataFormatString()).as(cell.getReference())
                                .isEqualTo(expected.get(Math.min(i, expected.size() - 1)));
                        checked++;
                    } else {
                        assertThat(cell.getStringCellValue()).isIn("[c]", "[x]", "[z]");
                        assertThat(cell.getCellStyle().getAlignment()).as(cell.getReference())
                                .isEqualTo(HorizontalAlignment.RIGHT);
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(10);
    }

    @Test
    void tableColumnsAreWideEnoughForTheirCellsOrWrapThem() {
        for (XSSFSheet sheet : tableSheets()) {
            AreaReference area = sheet.getTables().get(0).getArea();
            for (int c = 0; c <= area.getLastCell().getCol(); c++) {
                int width = sheet.getColumnWidth(c);
                assertThat(width).as(sheet.getSheetName() + " column " + c + " has a width set")
                        .isNotEqualTo(sheet.getDefaultColumnWidth() * 256);
                for (int r = area.getFirstCell().getRow(); r <= area.getLastCell().getRow(); r++) {
                    XSSFCell cell = sheet.getRow(r).getCell(c);
                    String shown = new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(cell);
                    assertFits(sheet, cell, shown, width);
                }
            }
        }
    }

    @Test
    void noCoverCellIsWiderThanItsColumn() {
        XSSFSheet cover = workbook.getSheet("Cover");
        int width = cover.getColumnWidth(0);
        assertThat(width).isGreaterThan(cover.getDefaultColumnWidth() * 256);
        for (Row row : cover) {
            for (org.apache.poi.ss.usermodel.Cell cell : row) {
                assertThat(cell.getColumnIndex()).isZero();
                assertFits(cover, (XSSFCell) cell, cell.getStringCellValue(), width);
            }
        }
    }

    @Test
    void theCoverSaysWhenItWasPublishedWhoToAskAndHowFiguresAreRevised() {
        List<String> lines = new ArrayList<>();
        workbook.getSheet("Cover").forEach(row -> lines.add(row.getCell(0).getStringCellValue()));

        assertThat(lines.get(0)).startsWith("Outreach services: indicators for funders, financial year 2010/11");
        assertThat(lines).containsSubsequence("Published", "2011-04-05");
        assertThat(lines).containsSubsequence("Contact", "outreach@example.org");
        assertThat(lines).containsSubsequence("Source", "Outreach Warehouse, run " + PackWarehouseFixture.RUN_ID
                + ", figures as of 2011-04-01.");
        assertThat(lines).contains("Revisions");
        assertThat(lines.get(lines.indexOf("Revisions") + 1)).contains("re-sends a month");
        assertThat(lines).contains("Bus visit completion rate (visit_completion_rate): completed_visits"
                + " / scheduled_visits.");
    }

    @Test
    void theContentsListsEveryOtherTableWithALinkToItAndItsRowCount() {
        XSSFSheet contents = workbook.getSheet("Contents");
        int header = contents.getTables().get(0).getArea().getFirstCell().getRow();

        assertThat(texts(contents.getRow(header))).containsExactly("Sheet", "Description", "Rows");
        List<String> listed = new ArrayList<>();
        for (int r = header + 1; r <= contents.getLastRowNum(); r++) {
            Row row = contents.getRow(r);
            XSSFCell name = (XSSFCell) row.getCell(0);
            listed.add(name.getStringCellValue());
            assertThat(name.getHyperlink().getType()).isEqualTo(HyperlinkType.DOCUMENT);
            CellReference target = new CellReference(name.getHyperlink().getAddress());
            XSSFSheet linked = workbook.getSheet(target.getSheetName());
            assertThat(linked).as(name.getHyperlink().getAddress()).isNotNull();
            assertThat(linked.getSheetName()).isEqualTo(name.getStringCellValue());
            assertThat(target.getRow()).isZero();
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo(text(linked, 0, 0));
            AreaReference table = linked.getTables().get(0).getArea();
            assertThat(row.getCell(2).getNumericCellValue())
                    .isEqualTo(table.getLastCell().getRow() - table.getFirstCell().getRow());
        }
        assertThat(listed).containsExactly("Notes", "ONE_STOP_BUS", "FIRST_CLICK", "REFERRALS", "ALL");
    }

    @Test
    void theNotesExplainTheShorthandAndTheRules() {
        XSSFSheet notes = workbook.getSheet("Notes");
        List<String> topics = new ArrayList<>();
        notes.forEach(row -> topics.add(row.getCell(0).getStringCellValue()));

        assertThat(topics).contains("[c]", "[x]", "[z]", "Disclosure control", "Secondary suppression", "Rounding",
                "Absent rows", "Number formats");
    }

    /** A cell fits when its text is no wider than its column, or wraps in a row tall enough for its lines. */
    private static void assertFits(XSSFSheet sheet, XSSFCell cell, String shown, int width) {
        int characters = width / 256;
        if (shown.length() + 1 <= characters) {
            return;
        }
        assertThat(cell.getCellStyle().getWrapText()).as(cell.getReference() + " on " + sheet.getSheetName()
                + " is wider than its column (" + shown.length() + " > " + characters + ") and does not wrap")
                .isTrue();
        int lines = (int) Math.ceil(shown.length() / (double) (characters - 2));
        assertThat(cell.getRow().getHeightInPoints()).as(cell.getReference() + " on " + sheet.getSheetName()
                + " needs " + lines + " lines").isGreaterThanOrEqualTo(lines * 14f);
    }

    private static List<String> sheetNames() {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    private static List<XSSFSheet> tableSheets() {
        List<XSSFSheet> sheets = new ArrayList<>();
        workbook.forEach(sheet -> {
            if (!sheet.getSheetName().equals("Cover")) {
                sheets.add((XSSFSheet) sheet);
            }
        });
        return sheets;
    }

    private static List<XSSFSheet> serviceSheets() {
        return tableSheets().stream().filter(s -> !List.of("Contents", "Notes").contains(s.getSheetName())).toList();
    }

    private static String text(XSSFSheet sheet, int row, int column) {
        return sheet.getRow(row).getCell(column).getStringCellValue();
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(cell.getStringCellValue()));
        return texts;
    }
}
