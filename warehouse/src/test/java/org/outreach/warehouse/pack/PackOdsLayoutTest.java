package org.outreach.warehouse.pack;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.miachm.sods.Range;
import com.github.miachm.sods.Sheet;
import com.github.miachm.sods.SpreadSheet;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * indicators.ods read back with SODS, and its XML where SODS does not read what the file
 * says (database ranges, number styles, links, frozen rows).
 */
class PackOdsLayoutTest {

    @TempDir
    static Path folder;

    private static Path ods;
    private static SpreadSheet spreadsheet;

    @BeforeAll
    static void writeTheYearsPack() throws Exception {
        Path warehouse = PackWarehouseFixture.write(folder.resolve("outreach.duckdb"));
        PackResult result = new FunderPack(DisclosurePolicy.threshold(4), "outreach@example.org")
                .write(warehouse, Period.parse("2010/11"), folder.resolve("extracts"));
        ods = result.folder().resolve(FunderPack.ODS);
        spreadsheet = new SpreadSheet(ods.toFile());
    }

    @Test
    void theSheetsAreThoseOfTheWorkbookEachTableSheetWithItsTitleInA1AndNoMergedCells() {
        assertThat(spreadsheet.getSheets()).extracting(Sheet::getName).containsExactly("Cover", "Contents", "Notes",
                "ONE_STOP_BUS", "FIRST_CLICK", "REFERRALS", "ALL");
        for (Sheet sheet : spreadsheet.getSheets()) {
            Range range = sheet.getDataRange();
            assertThat(range.getMergedCells()).as(sheet.getName()).isEmpty();
            assertThat(range.getCell(0, 0).getValue()).as(sheet.getName()).asString().isNotBlank();
            for (int c = 0; c < sheet.getMaxColumns(); c++) {
                assertThat(sheet.getColumnWidth(c)).as(sheet.getName() + " column " + c).isNotNull().isPositive();
            }
        }
    }

    /** SODS does not read a cell's wrapping back: the cells' styles are read from the XML. */
    @Test
    void theCoverWrapsEveryLineInAColumnAsWideAsAPageAndRowsTallEnoughForThem() throws Exception {
        Sheet cover = spreadsheet.getSheet("Cover");
        Object[][] values = cover.getDataRange().getValues();
        Document content = xml("content.xml");
        NodeList cells = sheet(content, "Cover").getElementsByTagNameNS(OdsMarkup.TABLE, "table-cell");

        assertThat(cover.getMaxColumns()).isEqualTo(1);
        assertThat(cover.getColumnWidth(0)).isGreaterThanOrEqualTo(190.0);
        assertThat(cells.getLength()).isEqualTo(values.length);
        for (int r = 0; r < values.length; r++) {
            String text = (String) values[r][0];
            Element style = style(content, ((Element) cells.item(r)).getAttributeNS(OdsMarkup.TABLE, "style-name"));
            Element properties = (Element) style.getElementsByTagNameNS(OdsMarkup.STYLE, "table-cell-properties")
                    .item(0);
            assertThat(properties.getAttributeNS(OdsMarkup.FO, "wrap-option")).as("Cover row " + (r + 1))
                    .isEqualTo("wrap");
            int lines = (int) Math.ceil(text.length() / 98.0);
            if (lines > 1) {
                assertThat(cover.getRowHeight(r)).as("Cover row " + (r + 1) + " needs " + lines + " lines")
                        .isGreaterThanOrEqualTo(lines * 4.2);
            }
        }
    }

    @Test
    void everyTableSheetHasExactlyOneNamedDatabaseRangeCoveringItsTableFromItsHeaderRow() throws Exception {
        Document content = xml("content.xml");
        NodeList ranges = content.getElementsByTagNameNS(OdsMarkup.TABLE, "database-range");
        Map<String, String> addresses = new HashMap<>();
        for (int i = 0; i < ranges.getLength(); i++) {
            Element range = (Element) ranges.item(i);
            assertThat(range.getAttributeNS(OdsMarkup.TABLE, "contains-header")).isEqualTo("true");
            String address = range.getAttributeNS(OdsMarkup.TABLE, "target-range-address");
            assertThat(addresses.put(address.substring(1, address.indexOf("'.")), address)).isNull();
        }

        assertThat(addresses.keySet()).containsExactlyInAnyOrder("Contents", "Notes", "ONE_STOP_BUS",
                "FIRST_CLICK", "REFERRALS", "ALL");
        for (Map.Entry<String, String> entry : addresses.entrySet()) {
            Sheet sheet = spreadsheet.getSheet(entry.getKey());
            Object[][] values = sheet.getDataRange().getValues();
            int header = headerRow(values);
            int lastColumn = values[header].length - 1;
            assertThat(entry.getValue()).isEqualTo("'" + entry.getKey() + "'.A" + (header + 1) + ":'" + entry.getKey()
                    + "'." + (char) ('A' + lastColumn) + values.length);
            for (int r = header; r < values.length; r++) {
                for (Object cell : values[r]) {
                    assertThat(cell).as(entry.getKey() + " row " + (r + 1) + " has no blank cell").isNotNull();
                }
            }
        }
    }

    @Test
    void figuresCarryTheNumberStyleOfTheirUnit() throws Exception {
        Document content = xml("content.xml");
        Element sheet = sheet(content, "ONE_STOP_BUS");
        Map<String, List<String>> stylesByIndicator = new HashMap<>();
        NodeList rows = sheet.getElementsByTagNameNS(OdsMarkup.TABLE, "table-row");
        for (int r = 0; r < rows.getLength(); r++) {
            NodeList cells = ((Element) rows.item(r)).getElementsByTagNameNS(OdsMarkup.TABLE, "table-cell");
            if (cells.getLength() < 10 || !"float".equals(((Element) cells.item(9))
                    .getAttributeNS(OdsMarkup.OFFICE, "value-type"))) {
                continue;
            }
            List<String> styles = new ArrayList<>();
            for (int c = 9; c < 12; c++) {
                styles.add(((Element) cells.item(c)).getAttributeNS(OdsMarkup.TABLE, "style-name"));
            }
            stylesByIndicator.put(cells.item(0).getTextContent(), styles);
        }

        assertThat(stylesByIndicator.get("transactions").get(0)).isEqualTo(OdsMarkup.styleName(NumberFormat.COUNT));
        assertThat(stylesByIndicator.get("visit_completion_rate")).containsExactly(
                OdsMarkup.styleName(NumberFormat.PERCENT), OdsMarkup.styleName(NumberFormat.COUNT),
                OdsMarkup.styleName(NumberFormat.COUNT));
        assertThat(stylesByIndicator.get("review_flag").get(0)).isEqualTo(OdsMarkup.styleName(NumberFormat.WHOLE));
        Element percent = style(content, OdsMarkup.styleName(NumberFormat.PERCENT));
        Element percentNumber = style(content, percent.getAttributeNS(OdsMarkup.STYLE, "data-style-name"));
        assertThat(percentNumber.getLocalName()).isEqualTo("percentage-style");
        assertThat(percentNumber.getTextContent()).isEqualTo("%");
        Element pounds = style(content, OdsMarkup.styleName(NumberFormat.POUNDS) + "-number");
        assertThat(pounds.getLocalName()).isEqualTo("currency-style");
        assertThat(pounds.getTextContent()).isEqualTo("£");
    }

    @Test
    void shorthandIsTextAlignedAsNumbers() {
        Sheet bus = spreadsheet.getSheet("ONE_STOP_BUS");
        Object[][] values = bus.getDataRange().getValues();
        int shorthand = 0;
        for (int r = headerRow(values) + 1; r < values.length; r++) {
            for (int c = 9; c < 12; c++) {
                if (values[r][c] instanceof String text) {
                    assertThat(text).isIn("[c]", "[x]", "[z]");
                    assertThat(bus.getRange(r, c).getStyle().getTextAligment())
                            .isEqualTo(com.github.miachm.sods.Style.TEXT_ALIGMENT.Right);
                    shorthand++;
                }
            }
        }
        assertThat(shorthand).isGreaterThan(5);
    }

    @Test
    void theContentsLinksGoToSheetsThatExist() throws Exception {
        Element contents = sheet(xml("content.xml"), "Contents");
        NodeList links = contents.getElementsByTagNameNS(OdsMarkup.TEXT, "a");
        List<String> targets = new ArrayList<>();
        for (int i = 0; i < links.getLength(); i++) {
            Element link = (Element) links.item(i);
            String href = link.getAttributeNS(OdsMarkup.XLINK, "href");
            assertThat(href).isEqualTo("#" + link.getTextContent() + ".A1");
            assertThat(spreadsheet.getSheet(link.getTextContent())).as(href).isNotNull();
            targets.add(link.getTextContent());
        }

        assertThat(targets).containsExactly("Notes", "ONE_STOP_BUS", "FIRST_CLICK", "REFERRALS", "ALL");
    }

    @Test
    void eachTableSheetKeepsItsRowsDownToTheHeaderInView() throws Exception {
        Document settings = xml(OdsMarkup.SETTINGS);
        NodeList entries = settings.getElementsByTagNameNS(OdsMarkup.CONFIG, "config-item-map-entry");
        Map<String, Integer> frozen = new HashMap<>();
        for (int i = 0; i < entries.getLength(); i++) {
            Element entry = (Element) entries.item(i);
            String name = entry.getAttributeNS(OdsMarkup.CONFIG, "name");
            NodeList items = entry.getElementsByTagNameNS(OdsMarkup.CONFIG, "config-item");
            for (int j = 0; j < items.getLength(); j++) {
                Element item = (Element) items.item(j);
                if (item.getAttributeNS(OdsMarkup.CONFIG, "name").equals("VerticalSplitPosition")) {
                    frozen.put(name, Integer.parseInt(item.getTextContent()));
                }
            }
        }

        for (Sheet sheet : spreadsheet.getSheets().subList(1, spreadsheet.getNumSheets())) {
            assertThat(frozen.get(sheet.getName())).as(sheet.getName())
                    .isEqualTo(headerRow(sheet.getDataRange().getValues()) + 1);
        }
    }

    /** The header is the first row with every cell filled: the title and context fill only column A. */
    private static int headerRow(Object[][] values) {
        for (int r = 1; r < values.length; r++) {
            if (values[r].length > 1 && java.util.Arrays.stream(values[r]).allMatch(java.util.Objects::nonNull)) {
                return r;
            }
        }
        throw new AssertionError("no header row");
    }

    private static Element sheet(Document content, String name) {
        NodeList sheets = content.getElementsByTagNameNS(OdsMarkup.TABLE, "table");
        for (int i = 0; i < sheets.getLength(); i++) {
            Element sheet = (Element) sheets.item(i);
            if (sheet.getAttributeNS(OdsMarkup.TABLE, "name").equals(name)) {
                return sheet;
            }
        }
        throw new AssertionError("no sheet " + name);
    }

    private static Element style(Document content, String name) {
        for (String tag : List.of("style", "number-style", "percentage-style", "currency-style")) {
            NodeList styles = content.getElementsByTagNameNS("*", tag);
            for (int i = 0; i < styles.getLength(); i++) {
                Element style = (Element) styles.item(i);
                if (style.getAttributeNS(OdsMarkup.STYLE, "name").equals(name)) {
                    return style;
                }
            }
        }
        throw new AssertionError("no style " + name);
    }

    private static Document xml(String entryName) throws Exception {
        try (InputStream in = Files.newInputStream(ods); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals(entryName)) {
                    return OdsMarkup.parse(zip.readAllBytes());
                }
            }
        }
        throw new AssertionError("no " + entryName + " in " + ods);
    }
}
