package org.outreach.ingest.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/** Writes items to a Parquet file through DuckDB's appender and COPY. */
public final class ParquetFiles {

    private static final String TABLE = "items";

    private ParquetFiles() {
    }

    /** Appends the items to a fresh table of the connection and copies it to the file. */
    static <T> void write(Connection connection, ParquetSchema<T> schema, Iterable<? extends T> items, Path file)
            throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS " + TABLE);
            statement.execute(schema.createTable(TABLE));
            ParquetSchema.Categories categories = new ParquetSchema.Categories();
            try (DuckDBAppender appender = connection.unwrap(DuckDBConnection.class).createAppender("main", TABLE)) {
                for (T item : items) {
                    schema.append(appender, item, categories);
                }
            }
            statement.execute("COPY (" + schema.select(TABLE, categories) + ") TO " + DuckDb.literal(file)
                    + " (FORMAT parquet, COMPRESSION zstd)");
            statement.execute("DROP TABLE " + TABLE);
        }
    }

    /** Writes beside the target, then renames over it: readers see the old file or the new one. */
    public static <T> void replace(Path target, ParquetSchema<T> schema, Iterable<? extends T> items)
            throws IOException {
        Files.createDirectories(target.getParent());
        Path temporary = target.resolveSibling("." + target.getFileName() + ".tmp");
        try (Connection connection = DuckDb.inMemory()) {
            write(connection, schema, items, temporary);
        } catch (SQLException e) {
            throw new IOException("cannot write " + target + ": " + e.getMessage(), e);
        }
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
