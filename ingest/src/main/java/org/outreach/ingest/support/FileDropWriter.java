package org.outreach.ingest.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;
import org.springframework.util.FileSystemUtils;

/**
 * Writes each chunk's items as Parquet parts in a staging folder per file. Once the chunk that
 * read a file's end is written (when the step saves its state), the file is committed: its
 * parts become {@code raw/<entity>/<file stem>.parquet} and its quarantine
 * {@code raw/_quarantine/<entity>/<file stem>.parquet}, each replacing what an earlier version
 * of the same file left (a re-sent month replaces the month), and only then is the file
 * recorded in the ledger. A step that fails part-way, restarted, takes up the files it had
 * not committed.
 */
public final class FileDropWriter implements ItemStreamWriter<FileItem>, StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(FileDropWriter.class);

    private final Path lake;
    private final FileDropReader reader;
    private final QuarantineSkipListener quarantine;
    private final Map<PendingFile, Long> written = new HashMap<>();
    private final ParquetStaging duckDb = new ParquetStaging();
    private Path staging;
    private int part;

    public FileDropWriter(Path lake, FileDropReader reader, QuarantineSkipListener quarantine) {
        this.lake = lake;
        this.reader = reader;
        this.quarantine = quarantine;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        staging = lake.resolve("_staging").resolve(stepExecution.getJobParameters().getString("runId"))
                .resolve("files").resolve(stepExecution.getStepName());
        quarantine.stageIn(staging);
    }

    @Override
    public void open(ExecutionContext executionContext) {
        duckDb.open(staging);
        written.clear();
        part = 0;
    }

    @Override
    public void write(Chunk<? extends FileItem> chunk) throws Exception {
        List<Object> items = new ArrayList<>();
        PendingFile file = null;
        for (FileItem item : chunk) {
            if (file != null && !item.file().equals(file)) {
                writePart(file, items);
                items.clear();
            }
            file = item.file();
            items.add(item.item());
        }
        if (file != null) {
            writePart(file, items);
        }
    }

    @SuppressWarnings("unchecked")
    private void writePart(PendingFile file, List<Object> items) throws IOException, SQLException {
        Path folder = Files.createDirectories(staging.resolve(file.index() + "/items"));
        ParquetFiles.write(duckDb.connection(), (ParquetSchema<Object>) file.feed().schema(), items,
                folder.resolve(String.format("part-%06d.parquet", ++part)));
        written.merge(file, (long) items.size(), Long::sum);
    }

    /** The step saves its state after each chunk: the files read to their end are complete, and go to the lake. */
    @Override
    public void update(ExecutionContext executionContext) {
        try {
            quarantine.flush(duckDb.connection());
        } catch (IOException | SQLException e) {
            throw new ItemStreamException("cannot stage quarantined records in " + staging + ": " + e.getMessage(), e);
        }
        for (PendingFile file : reader.takeFinished()) {
            try {
                commit(file);
            } catch (IOException | SQLException e) {
                throw new ItemStreamException("cannot commit " + file.file().name() + " to the lake: "
                        + e.getMessage(), e);
            }
        }
    }

    private void commit(PendingFile file) throws IOException, SQLException {
        Path items = staging.resolve(file.index() + "/items");
        Path target = file.target(lake);
        if (LakeFiles.hasParquet(items)) {
            replace(items, target);
        } else {
            ParquetFiles.replace(target, file.feed().schema(), List.of());
        }
        long quarantined = quarantine.quarantined(file);
        Path quarantineParts = quarantine.folder(file);
        Path quarantineTarget = file.quarantineTarget(lake);
        if (LakeFiles.hasParquet(quarantineParts)) {
            replace(quarantineParts, quarantineTarget);
        } else {
            Files.deleteIfExists(quarantineTarget);
        }
        new FileLedger(lake, file.feed().entity()).record(file.file());
        FileSystemUtils.deleteRecursively(staging.resolve(Integer.toString(file.index())));
        log.info("{}: {} records, {} written, {} quarantined", file.file().name(), file.records(),
                written.getOrDefault(file, 0L), quarantined);
        written.remove(file);
    }

    /** The parts, in order, as one Parquet file written beside the target and renamed over it. */
    private void replace(Path parts, Path target) throws IOException, SQLException {
        Files.createDirectories(target.getParent());
        Path temporary = target.resolveSibling("." + target.getFileName() + ".tmp");
        try (Statement statement = duckDb.connection().createStatement()) {
            statement.execute("COPY (SELECT * FROM read_parquet(" + LakeFiles.glob(parts) + ")) TO "
                    + DuckDb.literal(temporary) + " (FORMAT parquet, COMPRESSION zstd)");
        }
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Leaves the staging folder only when a file was not committed: the restart starts it afresh. */
    @Override
    public void close() {
        if (!duckDb.close()) {
            return;
        }
        try {
            if (!LakeFiles.hasParquetBelow(staging)) {
                FileSystemUtils.deleteRecursively(staging);
            }
        } catch (IOException e) {
            throw new ItemStreamException("cannot clear the staging folder " + staging, e);
        }
    }
}
