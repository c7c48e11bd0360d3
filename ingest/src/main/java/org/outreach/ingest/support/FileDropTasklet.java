package org.outreach.ingest.support;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Extracts every new or changed file of a drop folder, one file at a time, each committed
 * to the lake and recorded in the ledger before the next: a step that fails part-way,
 * restarted, takes up the files it had not finished. Counts: read = written + filtered,
 * where filtered are the quarantined records.
 */
// Not final: Spring Batch step scope proxies it by subclassing.
public class FileDropTasklet implements Tasklet {

    /** Files of one kind: where they are dropped, how they are named, how they are read. */
    public record Feed(Path folder, Pattern names, FileExtraction<?> extraction) {
    }

    private static final Logger log = LoggerFactory.getLogger(FileDropTasklet.class);

    private final List<Feed> feeds;
    private final Path lake;

    public FileDropTasklet(List<Feed> feeds, Path lake) {
        this.feeds = List.copyOf(feeds);
        this.lake = lake;
    }

    public FileDropTasklet(Path folder, Pattern names, FileExtraction<?> extraction, Path lake) {
        this(List.of(new Feed(folder, names, extraction)), lake);
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        StepExecution step = contribution.getStepExecution();
        String runId = step.getJobParameters().getString("runId");
        FileExtraction.Counts total = FileExtraction.NONE;
        int extracted = 0;
        int unchanged = 0;
        Optional<Backfill> backfill = Backfill.of(step.getJobParameters());
        for (Feed feed : feeds) {
            FileLedger ledger = new FileLedger(lake, feed.extraction().entity());
            for (DropFile file : DropFile.list(feed.folder(), feed.names())) {
                if (ledger.holds(file) && !backfill.map(b -> b.covers(file)).orElse(false)) {
                    unchanged++;
                    continue;
                }
                FileExtraction.Counts counts = feed.extraction().extract(file, lake, runId);
                ledger.record(file);
                log.info("{}: {} records, {} written, {} quarantined", file.name(), counts.read(),
                        counts.written(), counts.quarantined());
                total = total.plus(counts);
                extracted++;
            }
        }
        step.setReadCount(total.read());
        contribution.incrementWriteCount(total.written());
        contribution.incrementFilterCount(total.quarantined());
        step.getExecutionContext().putString("files", extracted + " extracted, " + unchanged + " unchanged"
                + backfill.map(b -> " (" + b + ")").orElse(""));
        return RepeatStatus.FINISHED;
    }
}
