package org.outreach.ingest.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
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
public final class StagedParquetWriter<T> implements ItemStreamWriter<T> {

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
        part++;
        ParquetFiles.write(connection, schema, chunk, directory.resolve(String.format("part-%05d.parquet", part)));
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
