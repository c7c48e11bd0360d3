package org.outreach.warehouse.pack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outreach.datasets.DatasetSchema;

/** indicators.csv-metadata.json: W3C CSV on the Web metadata that describes the CSV beside it. */
class CsvMetadataTest {

    @TempDir
    static Path folder;

    private static Path pack;
    private static JsonNode metadata;

    @BeforeAll
    static void writeTheYearsPack() throws Exception {
        Path warehouse = PackWarehouseFixture.write(folder.resolve("outreach.duckdb"));
        pack = new FunderPack(DisclosurePolicy.threshold(4), "outreach@example.org")
                .write(warehouse, Period.parse("2010/11"), folder.resolve("extracts")).folder();
        metadata = new ObjectMapper().readTree(pack.resolve(FunderPack.CSV_METADATA).toFile());
    }

    @Test
    void itIsCsvOnTheWebMetadataForTheCsvBesideIt() {
        assertThat(metadata.get("@context").asText()).isEqualTo("http://www.w3.org/ns/csvw");
        assertThat(pack.resolve(metadata.get("url").asText())).isEqualTo(pack.resolve(FunderPack.CSV)).exists();
        assertThat(metadata.get("dialect").get("header").asBoolean()).isTrue();
        assertThat(metadata.get("dialect").get("encoding").asText()).isEqualTo("utf-8");
        assertThat(metadata.get("dc:source").asText()).contains(PackWarehouseFixture.RUN_ID);
    }

    @Test
    void itsColumnsAreTheCsvHeaderInOrder() throws Exception {
        List<String> titles = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (JsonNode column : metadata.get("tableSchema").get("columns")) {
            titles.add(column.get("titles").asText());
            names.add(column.get("name").asText());
        }

        assertThat(titles).containsExactlyElementsOf(csvHeader()).isEqualTo(names);
    }

    @Test
    void figuresAreDecimalsWithTheShorthandAsNullsAndCodesAreRequiredStrings() {
        for (JsonNode column : metadata.get("tableSchema").get("columns")) {
            String name = column.get("name").asText();
            if (List.of("value", "numerator", "denominator").contains(name)) {
                assertThat(column.get("datatype").asText()).as(name).isEqualTo("decimal");
                assertThat(column.get("null")).extracting(JsonNode::asText).containsExactly("[c]", "[x]", "[z]");
                assertThat(column.get("dc:description").asText()).contains("[c] Confidential");
            } else {
                assertThat(column.get("datatype").asText()).as(name).isEqualTo("string");
                assertThat(column.get("required").asBoolean()).as(name).isTrue();
            }
        }
        assertThat(metadata.get("tableSchema").get("primaryKey")).extracting(JsonNode::asText)
                .containsExactly("indicator", "service", "location_code", "topic", "partner", "period_type", "period");
    }

    @Test
    void columnsAreDescribedByTheWarehousesColumnComments() {
        JsonNode period = metadata.get("tableSchema").get("columns").get(6);

        assertThat(period.get("name").asText()).isEqualTo("period");
        assertThat(period.get("dc:description").asText())
                .isEqualTo(DatasetSchema.of("indicator_values").column("period").description());
    }

    @Test
    void everyFigureInTheCsvIsADecimalOrOneOfTheNullValues() throws Exception {
        try (Reader in = Files.newBufferedReader(pack.resolve(FunderPack.CSV), StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(in)) {
            for (CSVRecord record : parser) {
                for (String figure : List.of("value", "numerator", "denominator")) {
                    assertThat(record.get(figure)).matches("-?\\d+(\\.\\d+)?|\\[c]|\\[x]|\\[z]");
                }
            }
        }
    }

    private static List<String> csvHeader() throws Exception {
        try (Reader in = Files.newBufferedReader(pack.resolve(FunderPack.CSV), StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.RFC4180.parse(in)) {
            return parser.iterator().next().toList();
        }
    }
}
