package org.outreach.warehouse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Connections to warehouse files. One process may hold a file read-write, or many
 * read-only, never both: the load writes a new file and readers only ever read.
 */
public final class DuckDbFiles {

    private DuckDbFiles() {
    }

    public static Connection readWrite(Path file) throws SQLException {
        return DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), limits());
    }

    /**
     * A new file in the storage format of DuckDB {@code storageVersion} (e.g. {@code v1.2.0}), so
     * that release and every later one can open it; reopening the file keeps its format.
     */
    public static Connection create(Path file, String storageVersion) throws SQLException {
        if (Files.exists(file)) {
            throw new SQLException(file + " exists: a storage version applies only to a new file");
        }
        Properties properties = limits();
        properties.setProperty("storage_compatibility_version", storageVersion);
        return DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), properties);
    }

    public static Connection readOnly(Path file) throws SQLException {
        if (!Files.isRegularFile(file)) {
            throw new SQLException("no published warehouse at " + file + " (run ./outreach run first)");
        }
        Properties properties = limits();
        properties.setProperty("duckdb.read_only", "true");
        return DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), properties);
    }

    private static Properties limits() {
        Properties properties = new Properties();
        // DuckDB defaults to 80% of RAM; the nightly job shares the machine with Spark.
        properties.setProperty("memory_limit", "2GB");
        properties.setProperty("threads", "2");
        return properties;
    }

    public static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
