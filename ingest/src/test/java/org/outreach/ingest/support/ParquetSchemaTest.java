package org.outreach.ingest.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.outreach.ingest.support.ParquetSchema.category;
import static org.outreach.ingest.support.ParquetSchema.column;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outreach.datasets.Column;
import org.outreach.datasets.ColumnType;
import org.outreach.datasets.DatasetSchema;

class ParquetSchemaTest {

    private static final DatasetSchema VISITS =
            declared("test/visits", "id BIGINT", "stop VARCHAR", "seen_at TIMESTAMP");

    private record Visit(long id, String stop, LocalDateTime seenAt) {
    }

    @TempDir
    Path folder;

    @Test
    void aDeclaredColumnWithoutAValueIsNamed() {
        assertThatThrownBy(() -> ParquetSchema.of(VISITS, column("id", Visit::id), column("seen_at", Visit::seenAt)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("test/visits declares column stop, but the mapping gives it no value");
    }

    @Test
    void aValueForAnUndeclaredColumnIsNamed() {
        assertThatThrownBy(() -> ParquetSchema.of(VISITS, column("id", Visit::id), column("stop", Visit::stop),
                column("seen_at", Visit::seenAt), column("date_of_birth", v -> null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("test/visits declares no column date_of_birth, but the mapping gives it a value");
    }

    @Test
    void aColumnWithTwoValuesIsNamed() {
        assertThatThrownBy(() -> ParquetSchema.of(VISITS, column("id", Visit::id), column("stop", Visit::stop),
                category("stop", Visit::stop), column("seen_at", Visit::seenAt)))
                .hasMessage("test/visits: column stop has two values");
    }

    @Test
    void onlyATextColumnCanBeACategory() {
        assertThatThrownBy(() -> ParquetSchema.of(VISITS, column("id", Visit::id), column("stop", Visit::stop),
                category("seen_at", v -> v.seenAt().toString())))
                .hasMessage("test/visits: column seen_at is a category, so it must be declared VARCHAR, not TIMESTAMP");
    }

    @Test
    void writesTheDeclaredNamesTypesAndOrderWhateverTheMappingsOrder() throws Exception {
        ParquetSchema<Visit> schema = ParquetSchema.of(VISITS, column("seen_at", Visit::seenAt),
                category("stop", Visit::stop), column("id", Visit::id));
        Path file = folder.resolve("visits.parquet");

        ParquetFiles.replace(file, schema, List.of(new Visit(1, "BUS-A", LocalDateTime.parse("2010-06-07T10:00"))));

        assertThat(LakeReader.columns(file)).isEqualTo(VISITS.duckDbColumns());
        assertThat(LakeReader.query("SELECT id, stop FROM read_parquet('" + file + "')")).singleElement()
                .hasToString("{id=1, stop=BUS-A}");
    }

    @Test
    void theQuarantineHasItsDeclaredColumns() throws Exception {
        Path file = folder.resolve("quarantine.parquet");

        ParquetFiles.replace(file, QuarantineRecord.COLUMNS, List.of(new QuarantineRecord("r1", "bus",
                "bus-visits-2010-11.csv", "4", "status", "unknown value", "LATE", null)));

        assertThat(LakeReader.columns(file)).isEqualTo(DatasetSchema.of("raw/_quarantine").duckDbColumns());
    }

    /** A test's own dataset, its columns given as "name TYPE". */
    static DatasetSchema declared(String name, String... columns) {
        return new DatasetSchema(name, "", Arrays.stream(columns).map(c -> c.split(" "))
                .map(c -> new Column(c[0], new ColumnType(c[1]), true, "")).toList());
    }
}
