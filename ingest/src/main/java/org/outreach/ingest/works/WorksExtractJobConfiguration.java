package org.outreach.ingest.works;

import java.util.List;
import org.outreach.ingest.config.IngestProperties;
import org.outreach.ingest.config.QuarantineProperties;
import org.outreach.ingest.config.SourcesProperties;
import org.outreach.ingest.support.FailedStepExitStatus;
import org.outreach.ingest.support.FileDropTasklet;
import org.outreach.ingest.support.PersonKeys;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.job.flow.support.SimpleFlow;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Extracts the Thetford Works! partners' monthly files (SOURCES.md section 4), each in its
 * own format as configured under {@code outreach.works.partners}, into canonical events.
 */
@Configuration
@EnableConfigurationProperties(WorksProperties.class)
public class WorksExtractJobConfiguration {

    /** The source's steps in order: this job runs them, and so does the nightly job. */
    @Bean
    public Flow worksExtractFlow(Step worksEventsExtractStep) {
        return new FlowBuilder<SimpleFlow>("worksExtractFlow")
                .start(worksEventsExtractStep)
                .build();
    }

    @Bean
    public Job worksExtractJob(JobRepository jobRepository, Flow worksExtractFlow) {
        return new JobBuilder("worksExtractJob", jobRepository)
                .listener(new FailedStepExitStatus())
                .start(worksExtractFlow)
                .end()
                .build();
    }

    @Bean
    public Step worksEventsExtractStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                       FileDropTasklet worksEventsTasklet) {
        return new StepBuilder("worksEventsExtractStep", jobRepository)
                .tasklet(worksEventsTasklet, transactionManager)
                .build();
    }

    /** Step-scoped: the secret is read only when the step runs. */
    @Bean
    @StepScope
    public FileDropTasklet worksEventsTasklet(WorksProperties works, SourcesProperties sources,
                                              IngestProperties ingest, QuarantineProperties quarantine,
                                              PersonKeys personKeys) {
        List<FileDropTasklet.Feed> feeds = works.partners().entrySet().stream()
                .sorted(java.util.Map.Entry.comparingByKey())
                .map(partner -> {
                    PartnerEvents events = new PartnerEvents(partner.getKey(), partner.getValue(), personKeys);
                    return new FileDropTasklet.Feed(sources.inbox().resolve("works").resolve(partner.getKey()),
                            events.fileNames(), events.extraction(quarantine.maxRatio()));
                })
                .toList();
        return new FileDropTasklet(feeds, ingest.lake());
    }
}
