package org.outreach.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarehouseLoaderTest {

    @TempDir
    Path folder;

    @Test
    void fillsTheRunLogAndSummarisesTheQuarantine() throws Exception {
        Path warehouse = folder.resolve("outreach.duckdb");
        Path quarantine = Files.createDirectories(folder.resolve("lake/raw/_quarantine/bus/visits"));
        try (var duckdb = java.sql.DriverManager.getConnection("jdbc:duckdb:"); var sql = duckdb.createStatement()) {
            sql.execute("COPY (SELECT * FROM (VALUES ('r1', 'bus', 'bus-visits-2010-10.csv', '7', 'status',"
                    + " 'unknown value', 'DONE'), ('r1', 'bus', 'bus-visits-2010-10.csv', '9', 'status', 'unknown value',"
                    + " 'DUN')) t(run_id, source, origin, line_or_key, field, reason, raw_value)) TO '"
                    + quarantine.resolve("bus-visits-2010-10.parquet") + "' (FORMAT parquet)");
        }
        var started = java.time.LocalDateTime.of(2011, 4, 1, 2, 0);
        List<RunLogEntry> runLog = List.of(
                new RunLogEntry("r1", java.time.LocalDate.of(2011, 3, 31), 1, "busVisitsExtractStep", "COMPLETED",
                        started, started.plusSeconds(1), 260, 259, 1),
                new RunLogEntry("r1", java.time.LocalDate.of(2011, 3, 31), 1, "warehouseLoadStep", "STARTED",
                        started.plusSeconds(50), null, 0, 0, 0));

        TestWarehouses.publish(RunOutputFixture.write(folder.resolve("run-1"), 1), warehouse,
                folder.resolve("lake/raw/_quarantine"), runLog, 3);

        assertThat(new WarehouseQuery(warehouse).run("SELECT step, status, rows_read, rows_quarantined FROM run_log"
                + " ORDER BY started").rows()).containsExactly(
                List.of("busVisitsExtractStep", "COMPLETED", 260L, 1L), java.util.Arrays.asList("warehouseLoadStep",
                        "STARTED", 0L, 0L));
        assertThat(new WarehouseQuery(warehouse).run("SELECT source, origin, field, reason, records"
                + " FROM quarantine_summary").rows()).containsExactly(
                List.of("bus", "bus-visits-2010-10.csv", "status", "unknown value", 2L));
        assertThat(Files.list(folder)).extracting(p -> p.getFileName().toString())
                .doesNotContain("outreach.duckdb.building.no-quarantine.parquet");
    }

    @Test
    void loadsARunIntoANewFileReadersOpenReadOnly() throws Exception {
        Path warehouse = folder.resolve("warehouse/outreach.duckdb");

        WarehouseLoader.LoadResult loaded = TestWarehouses.publish(RunOutputFixture.write(folder.resolve("run-1"), 5), warehouse);

        assertThat(loaded.indicatorRows()).isEqualTo(2);
        assertThat(loaded.transactionRows()).isEqualTo(5);
        QueryResult result = new WarehouseQuery(warehouse).run(
                "SELECT value, numerator, denominator FROM v_indicators WHERE indicator = 'clients_per_service_day'");
        assertThat(result.rows()).singleElement().isEqualTo(java.util.List.of(1.5, 3.0, 2.0));
        assertThat(new WarehouseQuery(warehouse).run("SELECT service, period, transactions, unique_clients,"
                + " clients_per_service_day FROM v_uptake").rows()).singleElement()
                .isEqualTo(java.util.Arrays.asList("ONE_STOP_BUS", "2010/11", 5.0, null, 1.5));
        assertThat(Files.list(warehouse.getParent())).extracting(p -> p.getFileName().toString())
                .containsExactly("outreach.duckdb");
    }

    @Test
    void everyColumnOfEveryTableIsDocumentedInTheDictionary() throws Exception {
        Path warehouse = folder.resolve("outreach.duckdb");
        TestWarehouses.publish(RunOutputFixture.write(folder.resolve("run-1"), 1), warehouse);

        QueryResult undocumented = new WarehouseQuery(warehouse).run(
                "SELECT table_name, column_name FROM duckdb_columns()"
                        + " WHERE NOT internal AND schema_name = 'main' AND (comment IS NULL OR comment = '')"
                        + " AND table_name IN (SELECT table_name FROM duckdb_tables())");
        assertThat(undocumented.rows()).isEmpty();
        QueryResult tables = new WarehouseQuery(warehouse).run(
                "SELECT table_name FROM duckdb_tables() WHERE comment IS NULL OR comment = ''");
        assertThat(tables.rows()).isEmpty();
    }

    @Test
    void aNewLoadReplacesTheWholeWarehouseWhileAnOpenReaderKeepsItsSnapshot() throws Exception {
        Path warehouse = folder.resolve("outreach.duckdb");
        TestWarehouses.publish(RunOutputFixture.write(folder.resolve("run-1"), 5), warehouse);

        try (var reader = DuckDbFiles.readOnly(warehouse); var statement = reader.createStatement()) {
            TestWarehouses.publish(RunOutputFixture.write(folder.resolve("run-2"), 8), warehouse);
            try (var rows = statement.executeQuery("SELECT count(*) FROM transactions")) {
                rows.next();
                assertThat(rows.getLong(1)).as("the open reader still sees its file").isEqualTo(5);
            }
        }
        assertThat(new WarehouseQuery(warehouse).run("SELECT count(*) FROM transactions").rows())
                .singleElement().isEqualTo(java.util.List.of(8L));
    }

    @Test
    void readersCannotWrite() throws Exception {
        Path warehouse = folder.resolve("outreach.duckdb");
        TestWarehouses.publish(RunOutputFixture.write(folder.resolve("run-1"), 1), warehouse);

        assertThatThrownBy(() -> new WarehouseQuery(warehouse).run("DELETE FROM transactions RETURNING *"))
                .isInstanceOf(SQLException.class).hasMessageContaining("read-only");
    }

    @Test
    void aMissingWarehouseIsNamed() {
        assertThatThrownBy(() -> new WarehouseQuery(folder.resolve("none.duckdb")).run("SELECT 1"))
                .isInstanceOf(SQLException.class).hasMessageContaining("none.duckdb");
    }
}
