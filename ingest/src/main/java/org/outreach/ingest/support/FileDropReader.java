package org.outreach.ingest.support;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads the records of every new or changed file of the step's drop folders, one file after
 * the other, each through its feed's streaming {@link RecordFormat}. When the step opens it
 * lists the files the ledger does not hold (or a backfill covers) and counts their records,
 * so that a file that cannot be read fails the step before anything is written, and the
 * quarantine ratio knows each file's size. A restarted step lists them again: the files
 * committed before the failure are in the ledger, and the one it failed in is read again
 * from its start.
 */
public final class FileDropReader implements ItemStreamReader<FileRecord>, StepExecutionListener {

    /** The step's note for operators, e.g. "10 extracted, 0 unchanged". */
    public static final String FILES_KEY = "files";

    private final List<FileFeed<?>> feeds;
    private final Path lake;
    private Optional<Backfill> backfill = Optional.empty();
    private List<PendingFile> pending = List.of();
    private final List<PendingFile> finished = new ArrayList<>();
    private int current;
    private RecordFormat.Cursor cursor;

    public FileDropReader(List<FileFeed<?>> feeds, Path lake) {
        this.feeds = List.copyOf(feeds);
        this.lake = lake;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        backfill = Backfill.of(stepExecution.getJobParameters());
    }

    @Override
    public void open(ExecutionContext executionContext) {
        List<PendingFile> files = new ArrayList<>();
        int unchanged = 0;
        for (FileFeed<?> feed : feeds) {
            FileLedger ledger = new FileLedger(lake, feed.entity());
            for (DropFile file : DropFile.list(feed.folder(), feed.names())) {
                if (ledger.holds(file) && !backfill.map(b -> b.covers(file)).orElse(false)) {
                    unchanged++;
                } else {
                    files.add(new PendingFile(files.size(), feed, file, count(feed, file)));
                }
            }
        }
        pending = List.copyOf(files);
        finished.clear();
        current = 0;
        cursor = null;
        executionContext.putString(FILES_KEY, pending.size() + " extracted, " + unchanged + " unchanged"
                + backfill.map(b -> " (" + b + ")").orElse(""));
    }

    private static long count(FileFeed<?> feed, DropFile file) {
        long records = 0;
        try (RecordFormat.Cursor all = feed.format().open(file.path())) {
            while (all.next() != null) {
                records++;
            }
        }
        return records;
    }

    @Override
    public FileRecord read() {
        while (current < pending.size()) {
            PendingFile file = pending.get(current);
            if (cursor == null) {
                cursor = file.feed().format().open(file.file().path());
            }
            SourceRecord record = cursor.next();
            if (record != null) {
                return new FileRecord(file, record);
            }
            cursor.close();
            cursor = null;
            finished.add(file);
            current++;
        }
        return null;
    }

    /**
     * The files read to their end since the last call. Once the chunk that read a file's end
     * is written, every record of the file has been written or quarantined.
     */
    List<PendingFile> takeFinished() {
        List<PendingFile> taken = List.copyOf(finished);
        finished.clear();
        return taken;
    }

    @Override
    public void close() {
        if (cursor != null) {
            cursor.close();
            cursor = null;
        }
    }
}
