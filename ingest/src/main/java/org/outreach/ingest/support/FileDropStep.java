package org.outreach.ingest.support;

import java.nio.file.Path;
import java.util.List;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.FatalStepExecutionException;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.item.ChunkOrientedStep;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A chunk-oriented step over the files of one or more drop folders: {@link FileDropReader}
 * streams each new or changed file's records, {@link FileRecordProcessor} maps them,
 * {@link FileDropWriter} stages and commits each file, {@link QuarantineRatioPolicy} skips
 * the records that break the contract and {@link QuarantineSkipListener} quarantines them.
 * Spring Batch's counts hold: read = written + skipped (quarantined).
 *
 * <p>A file judged unreadable part-way (too many broken records) fails the step with that
 * file's own message, not the framework's "Unable to process chunk" around it: operators read
 * the first line of the failure, and it must name the file.
 */
public final class FileDropStep extends ChunkOrientedStep<FileRecord, FileItem> {

    static final int CHUNK_SIZE = 5_000;

    private FileDropStep(String name, FileDropReader reader, FileDropWriter writer, JobRepository jobRepository) {
        super(name, CHUNK_SIZE, reader, writer, jobRepository);
    }

    /** The step; Spring initialises it as a bean (afterPropertiesSet), a caller outside Spring does it itself. */
    public static FileDropStep of(String name, JobRepository jobRepository,
                                  PlatformTransactionManager transactionManager, Path lake, List<FileFeed<?>> feeds) {
        FileDropReader reader = new FileDropReader(feeds, lake);
        QuarantineSkipListener quarantine = new QuarantineSkipListener();
        QuarantineRatioPolicy ratio = new QuarantineRatioPolicy();
        FileDropWriter writer = new FileDropWriter(lake, reader, quarantine);
        FileDropStep step = new FileDropStep(name, reader, writer, jobRepository);
        step.setItemProcessor(new FileRecordProcessor());
        step.setTransactionManager(transactionManager);
        step.setFaultTolerant(true);
        step.setSkipPolicy(ratio);
        step.registerSkipListener(quarantine);
        step.registerStepExecutionListener(reader);
        step.registerStepExecutionListener(writer);
        step.registerStepExecutionListener(quarantine);
        step.registerStepExecutionListener(ratio);
        return step;
    }

    @Override
    protected void doExecute(StepExecution stepExecution) throws Exception {
        try {
            super.doExecute(stepExecution);
        } catch (FatalStepExecutionException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof UnreadableFileException unreadable) {
                    throw unreadable;
                }
            }
            throw e;
        }
    }
}
