package org.outreach.ingest.bus;

import java.nio.file.Path;
import java.util.Set;
import org.outreach.ingest.config.IngestProperties;
import org.outreach.ingest.config.QuarantineProperties;
import org.outreach.ingest.config.SourcesProperties;
import org.outreach.ingest.support.CsvRecords;
import org.outreach.ingest.support.FailedStepExitStatus;
import org.outreach.ingest.support.FileDropTasklet;
import org.outreach.ingest.support.FileExtraction;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.job.flow.support.SimpleFlow;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Extracts the One Stop Bus drop folder {@code bus/}: the schedule history, sent whole each
 * time, and one visits file per month, the newest of which replaces the month.
 */
@Configuration
public class BusExtractJobConfiguration {

    /** The source's steps in order: this job runs them, and so does the nightly job. */
    @Bean
    public Flow busExtractFlow(Step busScheduleExtractStep, Step busVisitsExtractStep) {
        return new FlowBuilder<SimpleFlow>("busExtractFlow")
                .start(busScheduleExtractStep)
                .next(busVisitsExtractStep)
                .build();
    }

    @Bean
    public Job busExtractJob(JobRepository jobRepository, Flow busExtractFlow) {
        return new JobBuilder("busExtractJob", jobRepository)
                .listener(new FailedStepExitStatus())
                .start(busExtractFlow)
                .end()
                .build();
    }

    @Bean
    public Step busScheduleExtractStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                       SourcesProperties sources, IngestProperties ingest,
                                       QuarantineProperties quarantine) {
        FileExtraction<BusScheduleRow> extraction = new FileExtraction<>("bus", "bus/schedule",
                BusRecords.SCHEDULE_COLUMNS, new CsvRecords(','), BusRecords::scheduleRow, Set.of(),
                quarantine.maxRatio());
        return new StepBuilder("busScheduleExtractStep", jobRepository)
                .tasklet(new FileDropTasklet(busFolder(sources), BusRecords.SCHEDULE_FILE, extraction, ingest.lake()),
                        transactionManager)
                .build();
    }

    @Bean
    public Step busVisitsExtractStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                     SourcesProperties sources, IngestProperties ingest,
                                     QuarantineProperties quarantine) {
        FileExtraction<BusVisit> extraction = new FileExtraction<>("bus", "bus/visits", BusRecords.VISIT_COLUMNS,
                new CsvRecords(','), BusRecords::visit, Set.of(), quarantine.maxRatio());
        return new StepBuilder("busVisitsExtractStep", jobRepository)
                .tasklet(new FileDropTasklet(busFolder(sources), BusRecords.VISITS_FILE, extraction, ingest.lake()),
                        transactionManager)
                .build();
    }

    private static Path busFolder(SourcesProperties sources) {
        return sources.inbox().resolve("bus");
    }
}
