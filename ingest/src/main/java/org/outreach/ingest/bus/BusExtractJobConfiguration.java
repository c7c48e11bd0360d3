package org.outreach.ingest.bus;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.outreach.ingest.config.IngestProperties;
import org.outreach.ingest.config.QuarantineProperties;
import org.outreach.ingest.config.SourcesProperties;
import org.outreach.ingest.support.CsvRecords;
import org.outreach.ingest.support.FailedStepExitStatus;
import org.outreach.ingest.support.FileDropStep;
import org.outreach.ingest.support.FileFeed;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.job.flow.support.SimpleFlow;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
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
        FileFeed<BusScheduleRow> schedule = new FileFeed<>("bus", busFolder(sources),
                BusRecords.SCHEDULE_FILE, new CsvRecords(','), BusRecords.SCHEDULE_COLUMNS, BusRecords::scheduleRow,
                Set.of(), quarantine.maxRatio());
        return FileDropStep.of("busScheduleExtractStep", jobRepository, transactionManager, ingest.lake(),
                List.of(schedule));
    }

    @Bean
    public Step busVisitsExtractStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                     SourcesProperties sources, IngestProperties ingest,
                                     QuarantineProperties quarantine) {
        FileFeed<BusVisit> visits = new FileFeed<>("bus", busFolder(sources), BusRecords.VISITS_FILE,
                new CsvRecords(','), BusRecords.VISIT_COLUMNS, BusRecords::visit, Set.of(), quarantine.maxRatio());
        return FileDropStep.of("busVisitsExtractStep", jobRepository, transactionManager, ingest.lake(),
                List.of(visits));
    }

    private static Path busFolder(SourcesProperties sources) {
        return sources.inbox().resolve("bus");
    }
}
