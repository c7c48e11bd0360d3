package org.outreach.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Analysts' DuckDB clients lag the build's by a release or two: the published file opens in an
 * older DuckDB JDBC (the build copies it to {@code target/older-duckdb}, property
 * {@code older.duckdb.jar}), loaded in its own class loader beside the build's own driver.
 */
class OlderDuckDbClientTest {

    @TempDir
    static Path folder;

    private static URLClassLoader olderDuckDb;
    private static Driver olderDriver;
    private static Path warehouse;

    @BeforeAll
    static void publishAWarehouseAndLoadTheOlderDriver() throws Exception {
        warehouse = folder.resolve("warehouse/outreach.duckdb");
        TestWarehouses.publish(RunOutputFixture.write(folder.resolve("run-1"), 5), warehouse);
        Path jar = Path.of(System.getProperty("older.duckdb.jar", "target/older-duckdb/missing.jar"));
        assertThat(jar).as("the older DuckDB JDBC the build copies (mvn generate-test-resources)").isRegularFile();
        // The platform loader as parent: the build's DuckDB classes on the class path stay out of sight.
        olderDuckDb = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
        olderDriver = (Driver) Class.forName("org.duckdb.DuckDBDriver", true, olderDuckDb)
                .getDeclaredConstructor().newInstance();
    }

    @AfterAll
    static void closeTheOlderDriver() throws Exception {
        olderDuckDb.close();
    }

    @Test
    void theOlderClientIsReallyOlder() throws Exception {
        assertThat(olderRows("SELECT version()").get(0).get(0)).asString().startsWith("v1.");
        assertThat(new WarehouseQuery(warehouse).run("SELECT version()").rows().get(0).get(0)).asString()
                .startsWith("v2.");
    }

    @Test
    void readsTheIndicatorsAndThePublicViews() throws Exception {
        for (String sql : List.of(
                "SELECT * FROM indicator_values ORDER BY ALL",
                "SELECT * FROM v_indicators ORDER BY ALL",
                "SELECT * FROM v_uptake ORDER BY ALL")) {
            List<List<Object>> current = new WarehouseQuery(warehouse).run(sql).rows();

            assertThat(olderRows(sql)).as(sql).isNotEmpty().isEqualTo(current);
        }
    }

    @Test
    void readsTheColumnAndTableComments() throws Exception {
        String dictionary = "SELECT table_name, column_name, comment FROM duckdb_columns()"
                + " WHERE table_name IN ('indicator_values', 'v_indicators', 'v_uptake') ORDER BY ALL";
        List<List<Object>> comments = olderRows(dictionary);

        assertThat(comments).isEqualTo(new WarehouseQuery(warehouse).run(dictionary).rows());
        assertThat(comments).filteredOn(row -> row.get(0).equals("indicator_values"))
                .isNotEmpty().allSatisfy(row -> assertThat(row.get(2)).asString().isNotBlank());
        assertThat(olderRows("SELECT comment FROM duckdb_tables() WHERE table_name = 'indicator_values'"))
                .singleElement().satisfies(row -> assertThat(row.get(0)).asString().isNotBlank());
    }

    @Test
    void aFileInTheNewestFormatIsWhatTheOlderClientRefuses() throws Exception {
        Path newest = folder.resolve("newest/outreach.duckdb");
        new WarehouseLoader("latest").build(RunOutputFixture.write(folder.resolve("run-2"), 5), newest,
                folder.resolve("no-quarantine"), List.of(), TestWarehouses.PUBLICATION);
        Path building = WarehouseLoader.buildingFile(newest);

        assertThatThrownBy(() -> rows(olderDriver, building, "SELECT count(*) FROM indicator_values"))
                .isInstanceOf(SQLException.class).hasMessageContaining("version number");
    }

    private static List<List<Object>> olderRows(String sql) throws SQLException {
        return rows(olderDriver, warehouse, sql);
    }

    /** The rows as WarehouseQuery gives them: numbers, booleans and nulls as they are, the rest as text. */
    private static List<List<Object>> rows(Driver driver, Path file, String sql) throws SQLException {
        assertThat(Files.isRegularFile(file)).isTrue();
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        try (Connection connection = driver.connect("jdbc:duckdb:" + file.toAbsolutePath(), readOnly);
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            ResultSetMetaData meta = result.getMetaData();
            List<List<Object>> rows = new ArrayList<>();
            while (result.next()) {
                List<Object> row = new ArrayList<>();
                for (int c = 1; c <= meta.getColumnCount(); c++) {
                    Object value = result.getObject(c);
                    row.add(value instanceof Number || value instanceof Boolean || value == null ? value
                            : value.toString());
                }
                rows.add(row);
            }
            return rows;
        }
    }
}
