package org.outreach.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarehouseLoaderTest {

    @TempDir
    Path folder;

    @Test
    void loadsARunIntoANewFileReadersOpenReadOnly() throws Exception {
        Path warehouse = folder.resolve("warehouse/outreach.duckdb");

        WarehouseLoader.LoadResult loaded = new WarehouseLoader()
                .load(RunOutputFixture.write(folder.resolve("run-1"), 5), warehouse);

        assertThat(loaded.indicatorRows()).isEqualTo(2);
        assertThat(loaded.transactionRows()).isEqualTo(5);
        QueryResult result = new WarehouseQuery(warehouse).run(
                "SELECT value, numerator, denominator FROM v_indicators WHERE indicator = 'clients_per_service_day'");
        assertThat(result.rows()).singleElement().isEqualTo(java.util.List.of(1.5, 3.0, 2.0));
        assertThat(Files.list(warehouse.getParent())).extracting(p -> p.getFileName().toString())
                .containsExactly("outreach.duckdb");
    }

    @Test
    void everyColumnOfEveryTableIsDocumentedInTheDictionary() throws Exception {
        Path warehouse = folder.resolve("outreach.duckdb");
        new WarehouseLoader().load(RunOutputFixture.write(folder.resolve("run-1"), 1), warehouse);

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
        new WarehouseLoader().load(RunOutputFixture.write(folder.resolve("run-1"), 5), warehouse);

        try (var reader = DuckDbFiles.readOnly(warehouse); var statement = reader.createStatement()) {
            new WarehouseLoader().load(RunOutputFixture.write(folder.resolve("run-2"), 8), warehouse);
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
        new WarehouseLoader().load(RunOutputFixture.write(folder.resolve("run-1"), 1), warehouse);

        assertThatThrownBy(() -> new WarehouseQuery(warehouse).run("DELETE FROM transactions RETURNING *"))
                .isInstanceOf(SQLException.class).hasMessageContaining("read-only");
    }

    @Test
    void aMissingWarehouseIsNamed() {
        assertThatThrownBy(() -> new WarehouseQuery(folder.resolve("none.duckdb")).run("SELECT 1"))
                .isInstanceOf(SQLException.class).hasMessageContaining("none.duckdb");
    }
}
