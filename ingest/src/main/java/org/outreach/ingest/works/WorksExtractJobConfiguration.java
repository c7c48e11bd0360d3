package org.outreach.ingest.works;

import java.util.List;
import java.util.Map;
import org.outreach.ingest.config.IngestProperties;
import org.outreach.ingest.config.QuarantineProperties;
import org.outreach.ingest.config.SourcesProperties;
import org.outreach.ingest.support.FailedStepExitStatus;
import org.outreach.ingest.support.FileDropStep;
import org.outreach.ingest.support.FileFeed;
import org.outreach.ingest.support.PersonKeys;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.job.flow.support.SimpleFlow;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
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

    /** Job-scoped: the secret is read only when the job runs. */
    @Bean
    @JobScope
    public Step worksEventsExtractStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                       WorksProperties works, SourcesProperties sources, IngestProperties ingest,
                                       QuarantineProperties quarantine, PersonKeys personKeys) {
        List<FileFeed<?>> feeds = works.partners().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .<FileFeed<?>>map(partner -> new PartnerEvents(partner.getKey(), partner.getValue(), personKeys)
                        .feed(sources.inbox().resolve("works").resolve(partner.getKey()), quarantine.maxRatio()))
                .toList();
        return FileDropStep.of("worksEventsExtractStep", jobRepository, transactionManager, ingest.lake(), feeds);
    }
}
