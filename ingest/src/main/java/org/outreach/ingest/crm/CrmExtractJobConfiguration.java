package org.outreach.ingest.crm;

import java.sql.ResultSet;
import java.sql.SQLException;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 * Extracts the council CRM (SOURCES.md section 1) incrementally into raw Parquet:
 * customers pseudonymised at the door, transactions with an age band instead of a
 * date of birth. Each extract step stages its parts; {@code crmLakeCommitStep} adds
 * the new row versions to the lake.
 *
 * <p>The extract steps are job-scoped and build their reader, processor and writer
 * themselves: step-scoped item beans would put a scope lookup on every item, a third of
 * the time on a million rows.
 */
@Configuration
public class CrmExtractJobConfiguration {

    /** The tables this job reads, as SOURCES.md section 1 declares them. */
    public static final SourceTables SOURCE_TABLES = new SourceTables("org/outreach/ingest/crm/source-tables.sql");

    private static final Logger log = LoggerFactory.getLogger(CrmExtractJobConfiguration.class);
    private static final String CRM_SCHEMA = "crm";

    /** The source's steps in order: this job runs them, and so does the nightly job. */
    @Bean
    public Flow crmExtractFlow(Step crmCustomerExtractStep, Step crmTransactionExtractStep, Step crmLakeCommitStep) {
        return new FlowBuilder<SimpleFlow>("crmExtractFlow")
                .start(crmCustomerExtractStep)
                .next(crmTransactionExtractStep)
                .next(crmLakeCommitStep)
                .build();
    }

    @Bean
    public Job crmExtractJob(JobRepository jobRepository, Flow crmExtractFlow) {
        return new JobBuilder("crmExtractJob", jobRepository)
                .listener(new FailedStepExitStatus())
                .start(crmExtractFlow)
                .end()
                .build();
    }

    @Bean
    @JobScope
    public Step crmCustomerExtractStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                       SourceDatabases databases, SourcesProperties sources,
                                       IngestProperties ingest, PersonKeys personKeys,
                                       @Value("#{jobParameters['runId']}") String runId) {
        SourcesProperties.DatabaseSource crm = sources.crm();
        ExtractWindow window = new ExtractWindow(CrmDatasets.CUSTOMER, ingest.lake(), crm.overlap());
        PrefetchingItemReader<CrmCustomerRow> reader = new PrefetchingItemReader<>(
                new JdbcCursorItemReaderBuilder<CrmCustomerRow>()
                        .name("crmCustomerReader")
                        .dataSource(databases.crm())
                        .sql("SELECT customer_id, surname, date_of_birth, ni_number, postcode, nationality,"
                                + " preferred_language, updated_at FROM " + crm.table(CRM_SCHEMA, "customer")
                                + " WHERE updated_at >= ?")
                        .preparedStatementSetter(statement -> statement.setObject(1, window.from()))
                        .rowMapper((rs, i) -> new CrmCustomerRow(rs.getLong(1), rs.getString(2),
                                rs.getObject(3, LocalDate.class), rs.getString(4), rs.getString(5), rs.getString(6),
                                rs.getString(7), rs.getObject(8, LocalDateTime.class)))
                        .fetchSize(crm.chunkSize())
                        .connectionAutoCommit(false)
                        .saveState(false)
                        .build(), crm.chunkSize());
        StagedParquetWriter<CrmCustomer> writer = new StagedParquetWriter<>(CrmDatasets.CUSTOMER.staging(ingest.lake(), runId),
                CrmDatasets.CUSTOMER_COLUMNS);
        return new StepBuilder("crmCustomerExtractStep", jobRepository)
                .<CrmCustomerRow, CrmCustomer>chunk(crm.chunkSize())
                .transactionManager(transactionManager)
                .listener(window)
                .reader(reader)
                .processor(new CrmCustomerPseudonymiser(personKeys))
                .writer(writer)
                .build();
    }

    @Bean
    @JobScope
    public Step crmTransactionExtractStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                          SourceDatabases databases, SourcesProperties sources,
                                          IngestProperties ingest, @Value("#{jobParameters['runId']}") String runId) {
        SourcesProperties.DatabaseSource crm = sources.crm();
        ExtractWindow window = new ExtractWindow(CrmDatasets.SERVICE_TRANSACTION, ingest.lake(), crm.overlap());
        QuarantineWriter quarantine = new QuarantineWriter(
                QuarantineRecord.datasetFor(CrmDatasets.SERVICE_TRANSACTION).staging(ingest.lake(), runId));
        PrefetchingItemReader<CrmTransactionRow> reader = new PrefetchingItemReader<>(
                new JdbcCursorItemReaderBuilder<CrmTransactionRow>()
                        .name("crmTransactionReader")
                        .dataSource(databases.crm())
                        .sql(transactionQuery(crm.table(CRM_SCHEMA, "service_transaction"),
                                crm.table(CRM_SCHEMA, "customer")))
                        .preparedStatementSetter(statement -> statement.setObject(1, window.from()))
                        .rowMapper(CrmExtractJobConfiguration::transactionRow)
                        .fetchSize(crm.chunkSize())
                        .connectionAutoCommit(false)
                        .saveState(false)
                        .build(), crm.chunkSize());
        StagedParquetWriter<CrmTransaction> writer = new StagedParquetWriter<>(CrmDatasets.SERVICE_TRANSACTION.staging(ingest.lake(), runId),
                CrmDatasets.TRANSACTION_COLUMNS);
        return new StepBuilder("crmTransactionExtractStep", jobRepository)
                .<CrmTransactionRow, CrmTransaction>chunk(crm.chunkSize())
                .transactionManager(transactionManager)
                .listener(window)
                .reader(reader)
                .processor(new CrmTransactionProcessor(quarantine, runId,
                        crm.table(CRM_SCHEMA, "service_transaction")))
                .writer(writer)
                .stream(quarantine)
                .build();
    }

    @Bean
    public Step crmLakeCommitStep(JobRepository jobRepository, IngestProperties ingest) {
        return new StepBuilder("crmLakeCommitStep", jobRepository)
                .tasklet((contribution, chunkContext) -> {
                    String runId = contribution.getStepExecution().getJobParameters().getString("runId");
                    long customers = LakeCommit.commit(CrmDatasets.CUSTOMER, ingest.lake(), runId);
                    long transactions = LakeCommit.commit(CrmDatasets.SERVICE_TRANSACTION, ingest.lake(), runId);
                    LakeCommit.commit(QuarantineRecord.datasetFor(CrmDatasets.SERVICE_TRANSACTION), ingest.lake(),
                            runId);
                    contribution.incrementWriteCount(customers + transactions);
                    String unmapped = UnmappedServiceCodes.summary(ingest.lake());
                    contribution.getStepExecution().getExecutionContext().putString("unmapped_service_codes", unmapped);
                    if (!unmapped.equals("none")) {
                        log.warn("service codes missing from reference/service-codes.csv (topic UNMAPPED): {}",
                                unmapped);
                    }
                    return RepeatStatus.FINISHED;
                })
                .build();
    }

    /**
     * What crmTransactionExtractStep reads: the transactions changed since the window's start
     * (the one parameter), each with its customer's date of birth for the age band.
     */
    public static String transactionQuery(String transactions, String customers) {
        return "SELECT t.transaction_id, t.customer_id, t.occurred_at, t.channel, t.location_code,"
                + " t.service_code, t.outcome_code, t.staff_id, t.is_void, t.updated_at, c.date_of_birth"
                + " FROM " + transactions + " t LEFT JOIN " + customers + " c ON c.customer_id = t.customer_id"
                + " WHERE t.updated_at >= ?";
    }

    private static CrmTransactionRow transactionRow(ResultSet rs, int rowNum) throws SQLException {
        return new CrmTransactionRow(rs.getLong(1), rs.getObject(2, Long.class),
                rs.getObject(3, LocalDateTime.class), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getString(7), rs.getString(8), rs.getBoolean(9), rs.getObject(10, LocalDateTime.class),
                rs.getObject(11, LocalDate.class));
    }
}
