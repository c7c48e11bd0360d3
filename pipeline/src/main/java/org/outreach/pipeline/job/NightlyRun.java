package org.outreach.pipeline.job;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.Optional;
import org.outreach.ingest.config.IngestProperties;
import org.outreach.ingest.support.Backfill;
import org.outreach.pipeline.config.PipelineProperties;
import org.outreach.pipeline.load.WarehouseStepsConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Service;

/**
 * Starts the nightly job, or restarts the last run of the same as-of date when it failed
 * or was killed, so that a killed run, rerun, ends with the figures of an uninterrupted one.
 * A run the quality gate stopped is not restarted but abandoned for a new one.
 */
@Service
public class NightlyRun {

    private static final Logger log = LoggerFactory.getLogger(NightlyRun.class);
    private static final DateTimeFormatter RUN_ID = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS");
    private static final EnumSet<BatchStatus> RESTARTABLE = EnumSet.of(BatchStatus.FAILED, BatchStatus.STOPPED);
    private static final EnumSet<BatchStatus> ABANDONED_BY_A_DEAD_PROCESS =
            EnumSet.of(BatchStatus.STARTING, BatchStatus.STARTED, BatchStatus.STOPPING);

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job nightlyJob;
    private final IngestProperties ingest;
    private final PipelineProperties pipeline;

    public NightlyRun(JobOperator jobOperator, JobRepository jobRepository, Job nightlyJob, IngestProperties ingest,
                      PipelineProperties pipeline) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.nightlyJob = nightlyJob;
        this.ingest = ingest;
        this.pipeline = pipeline;
    }

    public JobExecution run(LocalDate asOf) throws Exception {
        return run(asOf, Optional.empty());
    }

    /** A run that also re-reads the sources of a past range (see {@link Backfill}). */
    public JobExecution backfill(Backfill backfill, LocalDate asOf) throws Exception {
        return run(asOf, Optional.of(backfill));
    }

    private JobExecution run(LocalDate asOf, Optional<Backfill> backfill) throws Exception {
        PrivateFolders.create(ingest.lake(), pipeline.warehouse().toAbsolutePath().getParent(), pipeline.extracts());
        Path lockFile = ingest.lake().resolve(".nightly.lock");
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            if (lock == null) {
                throw new IllegalStateException("another nightly run holds " + lockFile);
            }
            return startOrRestart(asOf, backfill);
        }
    }

    private JobExecution startOrRestart(LocalDate asOf, Optional<Backfill> backfill) throws Exception {
        JobInstance last = jobRepository.getLastJobInstance(nightlyJob.getName());
        if (last != null) {
            JobExecution previous = jobRepository.getLastJobExecution(last);
            if (previous != null && asOf.equals(previous.getJobParameters().getLocalDate("asOf"))
                    && backfill.equals(Backfill.of(previous.getJobParameters()))) {
                if (ABANDONED_BY_A_DEAD_PROCESS.contains(previous.getStatus())) {
                    // We hold the lock, so no live process is running it: it was killed.
                    log.warn("run {} was interrupted; marking it failed to restart it", runId(previous));
                    previous = jobOperator.recover(previous);
                }
                if (rejectedByTheQualityGate(previous)) {
                    // A restart would rebuild the same warehouse from the same extracts and be
                    // rejected again: a new run extracts what has been corrected since.
                    log.warn("run {} was stopped by the quality gate; starting a new run", runId(previous));
                    jobOperator.abandon(previous);
                } else if (RESTARTABLE.contains(previous.getStatus())) {
                    log.info("restarting run {} (as of {}) at its failed step", runId(previous), asOf);
                    return jobOperator.restart(previous);
                }
            }
        }
        JobParametersBuilder parameters = new JobParametersBuilder()
                .addString("runId", LocalDateTime.now(ZoneId.of("Europe/London")).format(RUN_ID))
                .addLocalDate("asOf", asOf);
        backfill.ifPresent(range -> parameters.addLocalDate(Backfill.FROM_PARAMETER, range.from())
                .addLocalDate(Backfill.TO_PARAMETER, range.to()));
        log.info("starting run {} as of {}{}", parameters.toJobParameters().getString("runId"), asOf,
                backfill.map(range -> " (" + range + ")").orElse(""));
        return jobOperator.start(nightlyJob, parameters.toJobParameters());
    }

    private static boolean rejectedByTheQualityGate(JobExecution execution) {
        return execution.getStatus() == BatchStatus.FAILED && execution.getStepExecutions().stream()
                .anyMatch(step -> step.getStepName().equals(WarehouseStepsConfiguration.QUALITY_GATE_STEP)
                        && step.getStatus() == BatchStatus.FAILED);
    }

    private static String runId(JobExecution execution) {
        return execution.getJobParameters().getString("runId");
    }

}
