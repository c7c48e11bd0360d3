package org.outreach.ingest.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    private record VisitWithoutStop(long id, LocalDateTime seenAt) {
    }

    private record VisitWithBirthDate(long id, String stop, LocalDateTime seenAt, String dateOfBirth) {
    }

    private record VisitInAnotherOrder(LocalDateTime seenAt, String stop, long id) {
    }

    @Test
    void aDeclaredColumnWithoutAComponentIsNamed() {
        assertThatThrownBy(() -> ParquetSchema.ofRecord(VISITS, VisitWithoutStop.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("test/visits declares column stop, but record VisitWithoutStop has no component stop");
    }

    @Test
    void aComponentWithoutADeclaredColumnIsNamed() {
        assertThatThrownBy(() -> ParquetSchema.ofRecord(VISITS, VisitWithBirthDate.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("test/visits declares no column date_of_birth, but record VisitWithBirthDate has a"
                        + " component for it");
    }

    @Test
    void aCategoryMustBeADeclaredTextColumn() {
        assertThatThrownBy(() -> ParquetSchema.ofRecord(VISITS, Visit.class, "band"))
                .hasMessage("test/visits declares no column band to stage as a category");
        assertThatThrownBy(() -> ParquetSchema.ofRecord(VISITS, Visit.class, "seen_at"))
                .hasMessage("test/visits: column seen_at is a category, so it must be declared VARCHAR, not TIMESTAMP");
    }

    @Test
    void writesTheDeclaredNamesTypesAndOrderWhateverTheRecordsOrder() throws Exception {
        ParquetSchema<VisitInAnotherOrder> schema = ParquetSchema.ofRecord(VISITS, VisitInAnotherOrder.class, "stop");
        Path file = folder.resolve("visits.parquet");

        ParquetFiles.replace(file, schema,
                List.of(new VisitInAnotherOrder(LocalDateTime.parse("2010-06-07T10:00"), "BUS-A", 1)));

        assertThat(LakeReader.columns(file)).isEqualTo(VISITS.duckDbColumns());
        assertThat(LakeReader.query("SELECT id, stop, seen_at FROM read_parquet('" + file + "')")).singleElement()
                .hasToString("{id=1, stop=BUS-A, seen_at=2010-06-07 10:00:00.0}");
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
