package org.outreach.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outreach.datasets.DatasetSchema;

/** The tables loaded from the transform's output are its declared datasets, whatever the Parquet's own layout. */
class DeclaredTableTest {

    @TempDir
    static Path folder;

    private static Path warehouse;

    /** A run output whose calendar has its columns in another order, one more, and a narrower type. */
    @BeforeAll
    static void givenAPublishedRun() throws Exception {
        Path runOutput = folder.resolve("run");
        Path calendar = Files.createDirectories(runOutput.resolve("marts/calendar"));
        try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:");
             Statement sql = duckdb.createStatement()) {
            sql.execute("COPY (SELECT 'an extra column' AS note, '2010/11' AS financial_year, 'MON' AS weekday,"
                    + " '2010-06' AS month, DATE '2010-06-07' AS date) TO '" + calendar.resolve("part-0.parquet")
                    + "' (FORMAT parquet)");
        }
        warehouse = folder.resolve("outreach.duckdb");
        TestWarehouses.publish(RunOutputFixture.write(runOutput, 2), warehouse);
    }

    @Test
    void eachTableHasItsDeclaredColumnsInOrderWithTheirTypesAndDescriptions() throws Exception {
        assertThat(WarehouseSchema.declaredTables()).extracting(DeclaredTable::name).contains("indicator_values",
                "indicator_definitions", "transactions", "calendar");
        for (DeclaredTable table : WarehouseSchema.declaredTables()) {
            DatasetSchema declared = table.dataset();

            assertThat(query("SELECT column_name, data_type, comment FROM duckdb_columns()"
                    + " WHERE database_name = current_database() AND table_name = '" + table.name() + "'"
                    + " ORDER BY column_index")).as(table.name()).containsExactlyElementsOf(declared.columns().stream()
                            .map(c -> List.<Object>of(c.name(), c.type().duckDb(), c.description())).toList());
            assertThat(query("SELECT comment FROM duckdb_tables() WHERE database_name = current_database()"
                    + " AND table_name = '" + table.name() + "'")).as(table.name())
                    .containsExactly(List.of(declared.description()));
        }
    }

    @Test
    void theParquetsColumnsAreTakenByName() throws Exception {
        assertThat(query("SELECT CAST(COLUMNS(*) AS VARCHAR) FROM calendar"))
                .containsExactly(List.of("2010-06-07", "MON", "2010-06", "2010/11"));
    }

    @Test
    void aTableSortedByTheWarehouseIndexKeepsThatOrder() throws Exception {
        assertThat(query("SELECT indicator FROM indicator_values")).as("written transactions first, loaded sorted")
                .containsExactly(List.of("clients_per_service_day"), List.of("transactions"));
    }

    private static List<List<Object>> query(String sql) throws Exception {
        return new WarehouseQuery(warehouse).run(sql).rows();
    }
}
