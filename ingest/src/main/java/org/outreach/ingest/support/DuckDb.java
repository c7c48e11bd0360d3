package org.outreach.ingest.support;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/** In-memory DuckDB, used by ingest only as a fast Parquet writer. */
public final class DuckDb {

    private DuckDb() {
    }

    public static Connection inMemory() throws SQLException {
        Properties config = new Properties();
        // DuckDB takes 80% of RAM by default; ingest shares the JVM's machine with Spark.
        config.setProperty("memory_limit", "1GB");
        config.setProperty("threads", "2");
        return DriverManager.getConnection("jdbc:duckdb:", config);
    }

    /** A path as a DuckDB string literal. */
    public static String literal(Path path) {
        return "'" + path.toAbsolutePath().toString().replace("'", "''") + "'";
    }

    public static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
