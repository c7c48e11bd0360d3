package org.outreach.ingest.referrals;

import java.util.List;
import java.util.Set;
import org.outreach.ingest.config.IngestProperties;
import org.outreach.ingest.config.QuarantineProperties;
import org.outreach.ingest.config.SourcesProperties;
import org.outreach.ingest.support.CsvRecords;
import org.outreach.ingest.support.FileDropStep;
import org.outreach.ingest.support.FileFeed;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
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
        FileFeed<Referral> referrals = new FileFeed<>("referrals", "referrals/referrals",
                sources.inbox().resolve("referrals"), Referrals.FILES, new CsvRecords(','), Referrals.COLUMNS,
                Referrals::referral, Set.of(), quarantine.maxRatio());
        return FileDropStep.of("referralsExtractStep", jobRepository, transactionManager, ingest.lake(),
                List.of(referrals));
    }
}
