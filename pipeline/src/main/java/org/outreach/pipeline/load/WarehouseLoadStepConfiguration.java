package org.outreach.pipeline.load;

import org.outreach.ingest.config.IngestProperties;
import org.outreach.pipeline.config.PipelineProperties;
import org.outreach.pipeline.job.RunOutputs;
import org.outreach.warehouse.WarehouseLoader;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class WarehouseLoadStepConfiguration {

    /** Builds a new warehouse file from this run's transform output and swaps it in atomically. */
    @Bean
    public Step warehouseLoadStep(JobRepository jobRepository, IngestProperties ingest, PipelineProperties pipeline,
                                  RunLog runLog) {
        return new StepBuilder("warehouseLoadStep", jobRepository)
                .tasklet((contribution, chunkContext) -> {
                    String runId = contribution.getStepExecution().getJobParameters().getString("runId");
                    WarehouseLoader.LoadResult loaded = new WarehouseLoader(pipeline.warehouseHistory()).load(RunOutputs.of(ingest.lake(), runId),
                            pipeline.warehouse(), ingest.lake().resolve("raw/_quarantine"),
                            runLog.entries(contribution.getStepExecution().getJobExecution()));
                    contribution.getStepExecution().setReadCount(loaded.indicatorRows() + loaded.transactionRows());
                    contribution.incrementWriteCount(loaded.indicatorRows() + loaded.transactionRows());
                    return RepeatStatus.FINISHED;
                })
                .build();
    }
}
