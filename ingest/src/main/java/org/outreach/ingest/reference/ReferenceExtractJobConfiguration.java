package org.outreach.ingest.reference;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.outreach.ingest.config.IngestProperties;
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
 * Loads and validates the analysts' reference files into the lake. A row that breaks the
 * contract is quarantined like any source's; any quarantined reference row fails the step
 * (a ratio of 0), since every figure depends on these files.
 */
@Configuration
public class ReferenceExtractJobConfiguration {

    /** The source's steps in order: this job runs them, and so does the nightly job. */
    @Bean
    public Flow referenceExtractFlow(Step referenceExtractStep) {
        return new FlowBuilder<SimpleFlow>("referenceExtractFlow")
                .start(referenceExtractStep)
                .build();
    }

    @Bean
    public Job referenceExtractJob(JobRepository jobRepository, Flow referenceExtractFlow) {
        return new JobBuilder("referenceExtractJob", jobRepository)
                .listener(new FailedStepExitStatus())
                .start(referenceExtractFlow)
                .end()
                .build();
    }

    @Bean
    public Step referenceExtractStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                     IngestProperties ingest) {
        CsvRecords csv = new CsvRecords(',');
        List<FileFeed<?>> feeds = List.of(
                new FileFeed<>("reference", ingest.reference(),
                        Pattern.compile("locations\\.csv"), csv, ReferenceRecords.LOCATION_COLUMNS,
                        ReferenceRecords::location, Set.of(), 0.0),
                new FileFeed<>("reference", ingest.reference(),
                        Pattern.compile("service-codes\\.csv"), csv, ReferenceRecords.SERVICE_CODE_COLUMNS,
                        ReferenceRecords::serviceCode, Set.of(), 0.0),
                new FileFeed<>("reference", ingest.reference(),
                        Pattern.compile("funding\\.csv"), csv, ReferenceRecords.FUNDING_COLUMNS,
                        ReferenceRecords::funding, Set.of(), 0.0));
        return FileDropStep.of("referenceExtractStep", jobRepository, transactionManager, ingest.lake(), feeds);
    }
}
