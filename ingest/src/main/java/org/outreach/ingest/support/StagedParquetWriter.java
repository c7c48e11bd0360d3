package org.outreach.ingest.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;
import org.springframework.util.FileSystemUtils;

/**
 * Writes each chunk as one Parquet part file in a staging folder of the run. The folder
 * is emptied when the step opens, so a restarted step rewrites it whole; the lake only
 * sees the parts when {@link LakeCommit} moves them in.
 */
// Not final: Spring Batch step scope proxies it by subclassing.
public class StagedParquetWriter<T> implements ItemStreamWriter<T> {

    private static final String CHUNK_TABLE = "chunk";

    private final Path directory;
    private final ParquetSchema<T> schema;
    private Connection connection;
    private int part;

    public StagedParquetWriter(Path directory, ParquetSchema<T> schema) {
        this.directory = directory;
        this.schema = schema;
    }

    @Override
    public void open(ExecutionContext executionContext) {
        try {
            FileSystemUtils.deleteRecursively(directory);
            Files.createDirectories(directory);
            connection = DuckDb.inMemory();
            try (Statement statement = connection.createStatement()) {
                statement.execute(schema.createTable(CHUNK_TABLE));
            }
            part = 0;
        } catch (IOException e) {
            throw new ItemStreamException("cannot prepare staging folder " + directory, e);
        } catch (SQLException e) {
            throw new ItemStreamException("cannot open the Parquet writer for " + directory, e);
        }
    }

    @Override
    public void write(Chunk<? extends T> chunk) throws SQLException {
        if (chunk.isEmpty()) {
            return;
        }
        try (DuckDBAppender appender = connection.unwrap(DuckDBConnection.class).createAppender("main", CHUNK_TABLE)) {
            for (T item : chunk) {
                schema.append(appender, item);
            }
        }
        part++;
        Path file = directory.resolve(String.format("part-%05d.parquet", part));
        try (Statement statement = connection.createStatement()) {
            statement.execute("COPY " + CHUNK_TABLE + " TO " + DuckDb.literal(file) + " (FORMAT parquet, COMPRESSION zstd)");
            statement.execute("DELETE FROM " + CHUNK_TABLE);
        }
    }

    @Override
    public void close() {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            throw new UncheckedIOException(new IOException("cannot close the Parquet writer for " + directory, e));
        } finally {
            connection = null;
        }
    }
}
