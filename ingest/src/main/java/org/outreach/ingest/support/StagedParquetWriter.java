package org.outreach.ingest.support;

import java.nio.file.Path;
import java.sql.SQLException;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;

/**
 * Writes each chunk as one Parquet part file in a staging folder of the run. The folder
 * is emptied when the step opens, so a restarted step rewrites it whole; the lake only
 * sees the parts when {@link LakeCommit} moves them in.
 */
public final class StagedParquetWriter<T> implements ItemStreamWriter<T> {

    private final Path directory;
    private final ParquetSchema<T> schema;
    private final ParquetStaging duckDb = new ParquetStaging();
    private int part;

    public StagedParquetWriter(Path directory, ParquetSchema<T> schema) {
        this.directory = directory;
        this.schema = schema;
    }

    @Override
    public void open(ExecutionContext executionContext) {
        duckDb.open(directory);
        part = 0;
    }

    @Override
    public void write(Chunk<? extends T> chunk) throws SQLException {
        if (chunk.isEmpty()) {
            return;
        }
        part++;
        ParquetFiles.write(duckDb.connection(), schema, chunk,
                directory.resolve(String.format("part-%05d.parquet", part)));
    }

    @Override
    public void close() {
        duckDb.close();
    }
}
