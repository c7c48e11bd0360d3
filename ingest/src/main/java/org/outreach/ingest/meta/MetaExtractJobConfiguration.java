package org.outreach.ingest.meta;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.outreach.ingest.config.IngestProperties;
import org.outreach.ingest.config.SourceDatabases;
import org.outreach.ingest.config.SourcesProperties;
import org.outreach.ingest.support.ExtractWindow;
import org.outreach.ingest.support.FailedStepExitStatus;
import org.outreach.ingest.support.LakeCommit;
import org.outreach.ingest.support.PersonKeys;
import org.outreach.ingest.support.PrefetchingItemReader;
import org.outreach.ingest.support.QuarantineRecord;
import org.outreach.ingest.support.QuarantineWriter;
import org.outreach.ingest.support.SourceTables;
import org.outreach.ingest.support.StagedParquetWriter;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.job.flow.support.SimpleFlow;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.database.builder.JdbcCursorItemReaderBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Extracts the META partner's case system (SOURCES.md section 2, MariaDB) incrementally by
 * {@code last_modified}: cases with their clients pseudonymised, contacts with orphans
 * quarantined. {@code metaLakeCommitStep} adds the new row versions to the lake. Steps are
 * job-scoped for the reason given on CrmExtractJobConfiguration.
 */
@Configuration
public class MetaExtractJobConfiguration {

    /** The tables this job reads, as SOURCES.md section 2 declares them. */
    public static final SourceTables SOURCE_TABLES = new SourceTables("org/outreach/ingest/meta/source-tables.sql");

    /** META's tables sit in the database the URL names. */
    private static final String META_SCHEMA = "";

    /** The source's steps in order: this job runs them, and so does the nightly job. */
    @Bean
    public Flow metaExtractFlow(Step metaCaseExtractStep, Step metaContactExtractStep, Step metaLakeCommitStep) {
        return new FlowBuilder<SimpleFlow>("metaExtractFlow")
                .start(metaCaseExtractStep)
                .next(metaContactExtractStep)
                .next(metaLakeCommitStep)
                .build();
    }

    @Bean
    public Job metaExtractJob(JobRepository jobRepository, Flow metaExtractFlow) {
        return new JobBuilder("metaExtractJob", jobRepository)
                .listener(new FailedStepExitStatus())
                .start(metaExtractFlow)
                .end()
                .build();
    }

    @Bean
    @JobScope
    public Step metaCaseExtractStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                    SourceDatabases databases, SourcesProperties sources, IngestProperties ingest,
                                    PersonKeys personKeys, @Value("#{jobParameters['runId']}") String runId) {
        SourcesProperties.DatabaseSource meta = sources.meta();
        String table = meta.table(META_SCHEMA, "meta_case");
        ExtractWindow window = new ExtractWindow(MetaDatasets.CASE, ingest.lake(), meta.overlap());
        QuarantineWriter quarantine = new QuarantineWriter(
                QuarantineRecord.datasetFor(MetaDatasets.CASE).staging(ingest.lake(), runId));
        PrefetchingItemReader<MetaCaseRow> reader = new PrefetchingItemReader<>(
                new JdbcCursorItemReaderBuilder<MetaCaseRow>()
                        .name("metaCaseReader")
                        .dataSource(databases.meta())
                        .sql("SELECT case_ref, office_code, opened_on, closed_on, client_surname, client_dob,"
                                + " client_ni, client_postcode, nationality, issue_type, outcome, last_modified"
                                + " FROM " + table + " WHERE last_modified >= ?")
                        .preparedStatementSetter(statement -> statement.setObject(1, window.from()))
                        .rowMapper((rs, i) -> new MetaCaseRow(rs.getString(1), rs.getString(2),
                                rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class), rs.getString(5),
                                rs.getObject(6, LocalDate.class), rs.getString(7), rs.getString(8),
                                rs.getString(9), rs.getString(10), rs.getString(11),
                                rs.getObject(12, LocalDateTime.class)))
                        .fetchSize(meta.chunkSize())
                        // MariaDB's streaming result sets do not report their row position.
                        .verifyCursorPosition(false)
                        .saveState(false)
                        .build(), meta.chunkSize());
        StagedParquetWriter<MetaCase> writer = new StagedParquetWriter<>(MetaDatasets.CASE.staging(ingest.lake(), runId),
                MetaDatasets.CASE_COLUMNS);
        return new StepBuilder("metaCaseExtractStep", jobRepository)
                .<MetaCaseRow, MetaCase>chunk(meta.chunkSize())
                .transactionManager(transactionManager)
                .listener(window)
                .reader(reader)
                .processor(new MetaCaseProcessor(personKeys, quarantine, runId, table))
                .writer(writer)
                .stream(quarantine)
                .build();
    }

    @Bean
    @JobScope
    public Step metaContactExtractStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                       SourceDatabases databases, SourcesProperties sources, IngestProperties ingest,
                                       @Value("#{jobParameters['runId']}") String runId) {
        SourcesProperties.DatabaseSource meta = sources.meta();
        String table = meta.table(META_SCHEMA, "meta_contact");
        ExtractWindow window = new ExtractWindow(MetaDatasets.CONTACT, ingest.lake(), meta.overlap());
        QuarantineWriter quarantine = new QuarantineWriter(
                QuarantineRecord.datasetFor(MetaDatasets.CONTACT).staging(ingest.lake(), runId));
        PrefetchingItemReader<MetaContactRow> reader = new PrefetchingItemReader<>(
                new JdbcCursorItemReaderBuilder<MetaContactRow>()
                        .name("metaContactReader")
                        .dataSource(databases.meta())
                        .sql("SELECT c.contact_id, c.case_ref, c.contact_on, c.office_code, c.minutes,"
                                + " c.last_modified, CASE WHEN m.case_ref IS NULL THEN 0 ELSE 1 END"
                                + " FROM " + table + " c LEFT JOIN " + meta.table(META_SCHEMA, "meta_case")
                                + " m ON m.case_ref = c.case_ref"
                                + " WHERE c.last_modified >= ?")
                        .preparedStatementSetter(statement -> statement.setObject(1, window.from()))
                        .rowMapper((rs, i) -> new MetaContactRow(new MetaContact(rs.getLong(1), rs.getString(2),
                                rs.getObject(3, LocalDate.class), rs.getString(4), rs.getObject(5, Integer.class),
                                rs.getObject(6, LocalDateTime.class)), rs.getInt(7) == 1))
                        .fetchSize(meta.chunkSize())
                        .verifyCursorPosition(false)
                        .saveState(false)
                        .build(), meta.chunkSize());
        StagedParquetWriter<MetaContact> writer = new StagedParquetWriter<>(MetaDatasets.CONTACT.staging(ingest.lake(), runId),
                MetaDatasets.CONTACT_COLUMNS);
        return new StepBuilder("metaContactExtractStep", jobRepository)
                .<MetaContactRow, MetaContact>chunk(meta.chunkSize())
                .transactionManager(transactionManager)
                .listener(window)
                .reader(reader)
                .processor(new MetaContactProcessor(quarantine, runId, table))
                .writer(writer)
                .stream(quarantine)
                .build();
    }

    @Bean
    public Step metaLakeCommitStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                   IngestProperties ingest) {
        return new StepBuilder("metaLakeCommitStep", jobRepository)
                .tasklet((contribution, chunkContext) -> {
                    String runId = contribution.getStepExecution().getJobParameters().getString("runId");
                    long written = LakeCommit.commit(MetaDatasets.CASE, ingest.lake(), runId)
                            + LakeCommit.commit(MetaDatasets.CONTACT, ingest.lake(), runId);
                    LakeCommit.commit(QuarantineRecord.datasetFor(MetaDatasets.CASE), ingest.lake(), runId);
                    LakeCommit.commit(QuarantineRecord.datasetFor(MetaDatasets.CONTACT), ingest.lake(), runId);
                    contribution.incrementWriteCount(written);
                    return RepeatStatus.FINISHED;
                }, transactionManager)
                .build();
    }
}
