package org.outreach.ingest.firstclick;

import java.util.List;
import java.util.Set;
import org.outreach.ingest.config.IngestProperties;
import org.outreach.ingest.config.QuarantineProperties;
import org.outreach.ingest.config.SourcesProperties;
import org.outreach.ingest.support.FailedStepExitStatus;
import org.outreach.ingest.support.FileDropStep;
import org.outreach.ingest.support.FileFeed;
import org.outreach.ingest.support.JsonLinesRecords;
import org.outreach.ingest.support.LocationAliases;
import org.outreach.ingest.support.PersonKeys;
import org.springframework.batch.core.configuration.annotation.JobScope;
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

/** Extracts First Click bookings (JSON Lines, one file per month, a re-sent month replacing it). */
@Configuration
public class FirstClickExtractJobConfiguration {

    /** The source's steps in order: this job runs them, and so does the nightly job. */
    @Bean
    public Flow firstClickExtractFlow(Step firstClickBookingsExtractStep) {
        return new FlowBuilder<SimpleFlow>("firstClickExtractFlow")
                .start(firstClickBookingsExtractStep)
                .build();
    }

    @Bean
    public Job firstClickExtractJob(JobRepository jobRepository, Flow firstClickExtractFlow) {
        return new JobBuilder("firstClickExtractJob", jobRepository)
                .listener(new FailedStepExitStatus())
                .start(firstClickExtractFlow)
                .end()
                .build();
    }

    /** Job-scoped: the secret and the venues are read only when the job runs. */
    @Bean
    @JobScope
    public Step firstClickBookingsExtractStep(JobRepository jobRepository,
                                              PlatformTransactionManager transactionManager,
                                              SourcesProperties sources, IngestProperties ingest,
                                              QuarantineProperties quarantine, PersonKeys personKeys) {
        Bookings bookings = new Bookings(personKeys,
                LocationAliases.load(ingest.reference().resolve("locations.csv")));
        FileFeed<Booking> feed = new FileFeed<>("firstclick",
                sources.inbox().resolve("firstclick"), Bookings.FILES, new JsonLinesRecords(), Bookings.COLUMNS,
                bookings::booking, Set.of("surname", "dob", "postcode"), quarantine.maxRatio());
        return FileDropStep.of("firstClickBookingsExtractStep", jobRepository, transactionManager, ingest.lake(),
                List.of(feed));
    }
}
