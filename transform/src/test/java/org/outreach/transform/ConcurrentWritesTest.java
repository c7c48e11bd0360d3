package org.outreach.transform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Date;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outreach.datasets.DatasetSchema;
import org.outreach.transform.support.Rows;

/** Each output is written as its declaration in the datasets module says, whatever the plan's own columns. */
class ConcurrentWritesTest {

    @TempDir
    Path folder;

    @Test
    void writesTheDeclaredColumnsInTheirOrderAndLeavesAnyOtherBehind() {
        Dataset<Row> rows = Rows.of("arrive STRING, weekday STRING, visit_date DATE NOT NULL, location_code STRING",
                new Object[] {"10:00", "TUE", Date.valueOf("2010-11-02"), "BUS-A"});

        write(rows, "marts/scheduled_visits");

        Dataset<Row> written = SharedSpark.get().read().parquet(folder.resolve("marts/scheduled_visits").toString());
        StructType declared = StructType.fromDDL(DatasetSchema.of("marts/scheduled_visits").sparkDdl());
        assertThat(columns(written.schema())).isEqualTo(columns(declared));
        assertThat(written.collectAsList()).extracting(Row::toString).containsExactly("[BUS-A,2010-11-02,10:00]");
    }

    @Test
    void aColumnDeclaredNotNullThatThePlanCannotProveFailsTheWriteBeforeAnyDataMoves() {
        DatasetSchema definitions = DatasetSchema.of("indicator_definitions");
        Dataset<Row> nullable = Rows.of(definitions.columns().stream().map(c -> c.name() + " STRING")
                .collect(Collectors.joining(", ")), new Object[] {"transactions", "Transactions", "uptake", "COUNT",
                    "COUNT", "Count of transactions."});

        assertThatThrownBy(() -> write(nullable, "indicator_definitions")).hasMessageContaining("nullable");
        assertThat(folder.resolve("indicator_definitions")).doesNotExist();
    }

    private static List<String> columns(StructType schema) {
        return Arrays.stream(schema.fields()).map(f -> f.name() + " " + f.dataType().sql()).toList();
    }

    private void write(Dataset<Row> rows, String dataset) {
        try (ConcurrentWrites writes = new ConcurrentWrites(folder.toString())) {
            writes.write(rows, dataset);
            writes.awaitAll();
        }
    }
}
