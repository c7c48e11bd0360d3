package org.outreach.ingest.referrals;

import java.util.Set;
import org.outreach.ingest.config.IngestProperties;
import org.outreach.ingest.config.QuarantineProperties;
import org.outreach.ingest.config.SourcesProperties;
import org.outreach.ingest.support.CsvRecords;
import org.outreach.ingest.support.FileDropTasklet;
import org.outreach.ingest.support.FileExtraction;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** Extracts the partners' referral files ({@code <partner>-YYYY-MM.csv}, a re-sent month replacing it). */
@Configuration
public class ReferralsExtractJobConfiguration {

    @Bean
    public Job referralsExtractJob(JobRepository jobRepository, Step referralsExtractStep) {
        return new JobBuilder("referralsExtractJob", jobRepository).start(referralsExtractStep).build();
    }

    @Bean
    public Step referralsExtractStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                     SourcesProperties sources, IngestProperties ingest,
                                     QuarantineProperties quarantine) {
        FileExtraction<Referral> extraction = new FileExtraction<>("referrals", "referrals/referrals",
                Referrals.COLUMNS, new CsvRecords(','), Referrals::referral, Set.of(), quarantine.maxRatio());
        return new StepBuilder("referralsExtractStep", jobRepository)
                .tasklet(new FileDropTasklet(sources.inbox().resolve("referrals"), Referrals.FILES, extraction,
                        ingest.lake()), transactionManager)
                .build();
    }
}
