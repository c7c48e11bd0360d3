package org.outreach.ingest.support;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStream;

/**
 * Where a step's processors put the records they quarantine. The processor then filters
 * the item, so a step's read count is always written + filtered (= quarantined).
 */
public final class QuarantineWriter implements ItemStream {

    private static final int BATCH = 1_000;

    private final StagedParquetWriter<QuarantineRecord> parts;
    private final List<QuarantineRecord> pending = new ArrayList<>();

    public QuarantineWriter(Path stagingDirectory) {
        this.parts = new StagedParquetWriter<>(stagingDirectory, QuarantineRecord.COLUMNS);
    }

    public void add(QuarantineRecord record) {
        pending.add(record);
        if (pending.size() >= BATCH) {
            flush();
        }
    }

    @Override
    public void open(ExecutionContext executionContext) {
        pending.clear();
        parts.open(executionContext);
    }

    @Override
    public void close() {
        try {
            flush();
        } finally {
            parts.close();
        }
    }

    private void flush() {
        if (pending.isEmpty()) {
            return;
        }
        try {
            parts.write(new Chunk<>(new ArrayList<>(pending)));
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot write quarantined records: " + e.getMessage(), e);
        }
        pending.clear();
    }
}
