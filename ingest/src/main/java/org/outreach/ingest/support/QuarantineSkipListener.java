package org.outreach.ingest.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.batch.core.listener.SkipListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * Writes the quarantine of a file drop: each skipped record, with its file, line, the field
 * that breaks the contract and why (a personal field's value masked), staged in Parquet parts
 * beside the file's items until {@link FileDropWriter} commits the file.
 */
public final class QuarantineSkipListener implements SkipListener<FileRecord, FileItem>, StepExecutionListener {

    private final Map<PendingFile, List<QuarantineRecord>> pending = new HashMap<>();
    private final Map<PendingFile, Long> counts = new HashMap<>();
    private String runId;
    private Path staging;
    private int part;

    @Override
    public void beforeStep(StepExecution stepExecution) {
        runId = stepExecution.getJobParameters().getString("runId");
        pending.clear();
        counts.clear();
        part = 0;
    }

    void stageIn(Path staging) {
        this.staging = staging;
    }

    @Override
    public void onSkipInProcess(FileRecord item, Throwable t) {
        if (!(t instanceof RejectedRecord rejected)) {
            throw new IllegalStateException("only records that break the contract are skipped", t);
        }
        ContractViolation violation = rejected.violation();
        FileFeed<?> feed = item.file().feed();
        String value = feed.personalColumns().contains(violation.field())
                ? QuarantineRecord.mask(violation.value()) : violation.value();
        pending.computeIfAbsent(item.file(), f -> new ArrayList<>()).add(new QuarantineRecord(runId, feed.source(),
                item.file().file().name(), Long.toString(item.record().line()), violation.field(), violation.reason(),
                value, null));
        counts.merge(item.file(), 1L, Long::sum);
    }

    Path folder(PendingFile file) {
        return staging.resolve(file.index() + "/quarantine");
    }

    /**
     * Writes the quarantined records held as Parquet parts, on the writer's connection: the
     * writer calls it after each chunk, so at most a chunk's records wait in memory.
     */
    void flush(Connection connection) throws IOException, SQLException {
        for (Map.Entry<PendingFile, List<QuarantineRecord>> file : pending.entrySet()) {
            Path folder = Files.createDirectories(folder(file.getKey()));
            ParquetFiles.write(connection, QuarantineRecord.COLUMNS, file.getValue(),
                    folder.resolve(String.format("part-%06d.parquet", ++part)));
        }
        pending.clear();
    }

    /** How many of the file's records were quarantined; forgets the file. */
    long quarantined(PendingFile file) {
        Long count = counts.remove(file);
        return count == null ? 0 : count;
    }
}
