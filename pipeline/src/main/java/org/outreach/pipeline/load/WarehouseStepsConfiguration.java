package org.outreach.pipeline.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.outreach.ingest.config.IngestProperties;
import org.outreach.pipeline.config.PipelineProperties;
import org.outreach.pipeline.config.QualityProperties;
import org.outreach.pipeline.job.RunOutputs;
import org.outreach.warehouse.Publication;
import org.outreach.warehouse.WarehouseHistory;
import org.outreach.warehouse.WarehouseLoader;
import org.outreach.warehouse.WarehouseQuery;
import org.outreach.warehouse.quality.QualityGate;
import org.outreach.warehouse.quality.QualityGateFailedException;
import org.outreach.warehouse.quality.QualityReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The warehouse's part of the nightly job: build a new file beside the published one, check
 * it, and only then swap it in. A file the gate rejects is kept beside the warehouse as
 * {@code <warehouse>.rejected}, so the operator can query the offending rows.
 */
@Configuration
public class WarehouseStepsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(WarehouseStepsConfiguration.class);

    public static final String QUALITY_GATE_STEP = "qualityGateStep";
    public static final String QUALITY_KEY = "quality";

    /** Builds a new warehouse file from this run's transform output. */
    @Bean
    public Step warehouseLoadStep(JobRepository jobRepository, IngestProperties ingest, PipelineProperties pipeline,
                                  RunLog runLog) {
        return new StepBuilder("warehouseLoadStep", jobRepository)
                .tasklet((contribution, chunkContext) -> {
                    StepExecution step = contribution.getStepExecution();
                    WarehouseLoader.LoadResult loaded = new WarehouseLoader(pipeline.warehouseStorageVersion())
                            .build(runOutput(ingest, step),
                            pipeline.warehouse(), ingest.lake().resolve("raw/_quarantine"),
                            runLog.entries(step.getJobExecution()), publication(step));
                    step.setReadCount(loaded.indicatorRows() + loaded.transactionRows());
                    contribution.incrementWriteCount(loaded.indicatorRows() + loaded.transactionRows());
                    return RepeatStatus.FINISHED;
                })
                .build();
    }

    /** Runs every declared check on the new file; a blocking failure stops the run here. */
    @Bean
    public Step qualityGateStep(JobRepository jobRepository, IngestProperties ingest, PipelineProperties pipeline,
                                QualityProperties quality) {
        return new StepBuilder(QUALITY_GATE_STEP, jobRepository)
                .tasklet((contribution, chunkContext) -> {
                    StepExecution step = contribution.getStepExecution();
                    Path building = WarehouseLoader.buildingFile(pipeline.warehouse());
                    QualityReport report = new QualityGate(quality.freshnessDays())
                            .check(building, runOutput(ingest, step));
                    step.getExecutionContext().putString(QUALITY_KEY, report.summary());
                    logReport(report);
                    step.setReadCount(report.results().size());
                    contribution.incrementWriteCount(report.results().size() - report.blockingFailures().size());
                    if (report.blocksPublication()) {
                        Files.move(building, rejectedFile(pipeline.warehouse()), StandardCopyOption.REPLACE_EXISTING);
                        throw new QualityGateFailedException(report);
                    }
                    return RepeatStatus.FINISHED;
                })
                .build();
    }

    /** Swaps the checked file in; the replaced one is kept for rollback. */
    @Bean
    public Step warehousePublishStep(JobRepository jobRepository, PipelineProperties pipeline) {
        return new StepBuilder("warehousePublishStep", jobRepository)
                .tasklet((contribution, chunkContext) -> {
                    publish(pipeline, contribution);
                    return RepeatStatus.FINISHED;
                })
                .build();
    }

    /** The run's log: the counts, then each warning and failure with its rule, row count and first row. */
    private static void logReport(QualityReport report) {
        log.info("quality gate: {}", report.summary().lines().findFirst().orElse(""));
        report.warnings().forEach(warning -> log.warn("quality warning: {}; published anyway ({})",
                warning.describe(), warning.check().rule()));
        report.blockingFailures().forEach(failure -> log.error("quality check failed: {}; not published ({})",
                failure.describe(), failure.check().rule()));
    }

    public static Path rejectedFile(Path warehouse) {
        Path published = warehouse.toAbsolutePath();
        return published.resolveSibling(published.getFileName() + ".rejected");
    }

    private static void publish(PipelineProperties pipeline, StepContribution contribution) throws Exception {
        String runId = contribution.getStepExecution().getJobParameters().getString("runId");
        Path building = WarehouseLoader.buildingFile(pipeline.warehouse());
        if (Files.isRegularFile(building)) {
            new WarehouseHistory(pipeline.warehouse(), pipeline.warehouseHistory()).publish(building);
        } else if (!runId.equals(publishedRunId(pipeline.warehouse()))) {
            // Only a run killed between the rename and the step's end finds no file to publish.
            throw new IllegalStateException("no checked warehouse to publish at " + building);
        }
        contribution.incrementWriteCount(1);
    }

    private static String publishedRunId(Path warehouse) throws Exception {
        if (!Files.isRegularFile(warehouse)) {
            return null;
        }
        return String.valueOf(new WarehouseQuery(warehouse).run("SELECT run_id FROM publication").rows()
                .stream().findFirst().map(row -> row.get(0)).orElse(null));
    }

    private static Path runOutput(IngestProperties ingest, StepExecution step) {
        return RunOutputs.of(ingest.lake(), step.getJobParameters().getString("runId"));
    }

    private static Publication publication(StepExecution step) {
        return new Publication(step.getJobParameters().getString("runId"),
                step.getJobParameters().getLocalDate("asOf"));
    }
}
