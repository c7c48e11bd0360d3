package org.outreach.ingest.referrals;

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

/** Extracts the partners' referral files ({@code <partner>-YYYY-MM.csv}, a re-sent month replacing it). */
@Configuration
public class ReferralsExtractJobConfiguration {

    /** The source's steps in order: this job runs them, and so does the nightly job. */
    @Bean
    public Flow referralsExtractFlow(Step referralsExtractStep) {
        return new FlowBuilder<SimpleFlow>("referralsExtractFlow")
                .start(referralsExtractStep)
                .build();
    }

    @Bean
    public Job referralsExtractJob(JobRepository jobRepository, Flow referralsExtractFlow) {
        return new JobBuilder("referralsExtractJob", jobRepository)
                .listener(new FailedStepExitStatus())
                .start(referralsExtractFlow)
                .end()
                .build();
    }

    @Bean
    public Step referralsExtractStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                     SourcesProperties sources, IngestProperties ingest,
                                     QuarantineProperties quarantine) {
        FileFeed<Referral> referrals = new FileFeed<>("referrals",
                sources.inbox().resolve("referrals"), Referrals.FILES, new CsvRecords(','), Referrals.COLUMNS,
                Referrals::referral, Set.of(), quarantine.maxRatio());
        return FileDropStep.of("referralsExtractStep", jobRepository, transactionManager, ingest.lake(),
                List.of(referrals));
    }
}
