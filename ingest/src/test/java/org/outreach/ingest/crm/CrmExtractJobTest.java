package org.outreach.ingest.crm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outreach.datasets.DatasetSchema;
import org.outreach.ingest.IngestJobTest;
import org.outreach.ingest.Steps;
import org.outreach.ingest.support.LakeDataset;
import org.outreach.ingest.support.LakeReader;
import org.outreach.ingest.support.TestPostgres;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.FileSystemUtils;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** crmExtractJob against a real PostgreSQL: incremental, idempotent, pseudonymised. */
class CrmExtractJobTest extends IngestJobTest {

    private static final TestPostgres crm = TestPostgres.create();

    @Autowired
    private Job crmExtractJob;

    @Autowired
    private JobOperator jobOperator;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("outreach.sources.crm.url", crm::url);
        registry.add("outreach.sources.crm.username", crm::username);
        registry.add("outreach.sources.crm.password", crm::password);
        registry.add("outreach.sources.crm.overlap", () -> "PT2H");
    }

    @AfterAll
    static void dropDatabase() throws Exception {
        crm.close();
    }

    @BeforeEach
    void givenACrmWithCustomersAndTransactions() throws Exception {
        jobs.setJob(crmExtractJob);
        execute("DROP SCHEMA IF EXISTS crm CASCADE");
        try (Connection connection = crm.connect()) {
            CrmExtractJobConfiguration.SOURCE_TABLES.createIn(connection);
        }
        execute("""
                INSERT INTO crm.customer VALUES
                  (1, 'Anna', 'Kowalczyk', '1961-03-02', 'ab 12 34 56 c', 'ip241aa', 'PL', 'pl', '2010-06-01 09:00'),
                  (2, 'João', 'Gonçalves', '1975-11-30', NULL, 'IP25 6AB', 'PT', 'pt', '2010-06-01 09:00'),
                  (3, 'Jonas', 'Kazlauskas', NULL, 'AB-654321-A', NULL, 'LT', NULL, '2010-06-01 09:00')""",
                """
                INSERT INTO crm.service_transaction VALUES
                  (10, 1, '2010-06-07 10:15', 'BUS', 'BUS-MATTISHALL', 'BEN-HB', 'RESOLVED', 'SC01', FALSE,
                   '2010-06-07 10:20'),
                  (11, 2, '2010-06-07 10:40', 'BUS', 'BUS-MATTISHALL', 'TAX-CT', NULL, 'SC01', FALSE,
                   '2010-06-07 10:45'),
                  (12, NULL, '2010-06-07 11:00', 'BUS', 'BUS-MATTISHALL', 'GEN-ENQ', 'SIGNPOSTED', 'SC02', FALSE,
                   '2010-06-07 11:05'),
                  (13, 3, '2010-06-08 14:00', 'PHONE', NULL, 'HSG-ADV', 'REFERRED', 'SC03', FALSE,
                   '2010-06-08 14:10')""");
    }

    @Test
    void extractsPseudonymisedCustomersAndTransactionsIntoTheLake() throws Exception {
        JobExecution run = jobs.startJob(run("r1"));

        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        List<Map<String, Object>> customers = LakeReader.newest(CrmDatasets.CUSTOMER, lake);
        assertThat(customers).extracting(c -> c.get("customer_id")).containsExactly(1L, 2L, 3L);
        assertThat(customers.get(0).get("person_key")).asString().hasSize(64);
        assertThat(customers.get(1).get("person_key")).as("keyed by surname, dob and sector").isNotNull();
        assertThat(customers.get(2).get("person_key")).as("dashed NI and no dob: anonymous").isNull();
        assertThat(customers).extracting(c -> c.get("postcode_district")).containsExactly("IP24", "IP25", null);
        assertThat(customers.get(0)).doesNotContainKeys("surname", "forename", "date_of_birth", "ni_number",
                "postcode");
        for (LakeDataset dataset : List.of(CrmDatasets.CUSTOMER, CrmDatasets.SERVICE_TRANSACTION)) {
            assertThat(LakeReader.columns(dataset.directory(lake).resolve("*.parquet"))).as(dataset.name())
                    .isEqualTo(DatasetSchema.of("raw/" + dataset.name()).duckDbColumns());
        }

        List<Map<String, Object>> transactions = LakeReader.newest(CrmDatasets.SERVICE_TRANSACTION, lake);
        assertThat(transactions).extracting(t -> t.get("transaction_id")).containsExactly(10L, 11L, 12L, 13L);
        assertThat(transactions.get(0).get("age_band")).isEqualTo("35-49");
        assertThat(transactions.get(2).get("customer_id")).isNull();
        assertThat(run.getStepExecutions()).filteredOn(s -> s.getStepName().equals("crmTransactionExtractStep"))
                .singleElement().satisfies(s -> {
                    assertThat(s.getReadCount()).isEqualTo(4);
                    assertThat(s.getWriteCount()).isEqualTo(4);
                });
        assertNoPersonalDataIn(lake, "Kowalczyk", "Gonçalves", "Kazlauskas", "Anna", "AB123456C", "ab 12 34 56 c",
                "1961-03-02", "ip241aa", "IP25 6AB");
    }

    @Test
    void anUpdateBatchEndsWithTheSourcesFinalStateAndARerunAddsNothing() throws Exception {
        jobs.startJob(run("r1"));
        execute(
                // an outcome recorded days later
                "UPDATE crm.service_transaction SET outcome_code = 'RESOLVED', updated_at = '2010-06-10 09:00'"
                        + " WHERE transaction_id = 11",
                // a row voided
                "UPDATE crm.service_transaction SET is_void = TRUE, updated_at = '2010-06-10 09:30'"
                        + " WHERE transaction_id = 12",
                // a customer's NI number recorded later: re-keys them
                "UPDATE crm.customer SET ni_number = 'CE 98 76 54 B', updated_at = '2010-06-10 09:45'"
                        + " WHERE customer_id = 3",
                // committed late, with an updated_at older than the watermark (2010-06-08 14:10)
                "INSERT INTO crm.service_transaction VALUES (14, 1, '2010-06-08 13:00', 'BUS', 'BUS-NECTON',"
                        + " 'BEN-CTB', 'RESOLVED', 'SC01', FALSE, '2010-06-08 13:30')");

        jobs.startJob(run("r2"));
        long versionsAfterUpdate = LakeReader.versions(CrmDatasets.SERVICE_TRANSACTION, lake);
        jobs.startJob(run("r3"));

        List<Map<String, Object>> transactions = LakeReader.newest(CrmDatasets.SERVICE_TRANSACTION, lake);
        assertThat(transactions).extracting(t -> t.get("transaction_id")).containsExactly(10L, 11L, 12L, 13L, 14L);
        assertThat(transactions.get(1).get("outcome_code")).isEqualTo("RESOLVED");
        assertThat(transactions.get(2).get("is_void")).isEqualTo(true);
        assertThat(transactions.get(4).get("location_code")).isEqualTo("BUS-NECTON");
        assertThat(LakeReader.newest(CrmDatasets.CUSTOMER, lake).get(2).get("person_key")).isNotNull();
        assertThat(versionsAfterUpdate).as("4 first versions, 2 new versions, 1 late row").isEqualTo(7);
        assertThat(LakeReader.versions(CrmDatasets.SERVICE_TRANSACTION, lake)).as("a rerun adds nothing")
                .isEqualTo(versionsAfterUpdate);
        try (Stream<Path> files = Files.list(CrmDatasets.SERVICE_TRANSACTION.directory(lake))) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder(
                    "run-r1-part-00001.parquet", "run-r2.parquet");
        }
    }

    @Test
    void aRowCommittedLaterThanTheOverlapWindowIsMissedByTheNightlyRunAndRecoveredByABackfill() throws Exception {
        jobs.startJob(run("r1"));
        // committed a day late, with an updated_at before the watermark (2010-06-08 14:10) less the 2 h overlap
        execute("INSERT INTO crm.service_transaction VALUES (15, 1, '2010-06-07 10:00', 'BUS', 'BUS-NECTON',"
                + " 'BEN-CTB', 'RESOLVED', 'SC01', FALSE, '2010-06-07 10:05')");

        jobs.startJob(run("r2"));
        assertThat(LakeReader.newest(CrmDatasets.SERVICE_TRANSACTION, lake)).extracting(t -> t.get("transaction_id"))
                .doesNotContain(15L);

        JobExecution backfill = jobs.startJob(backfill("r3", LocalDate.of(2010, 6, 1), LocalDate.of(2010, 6, 30)));

        assertThat(LakeReader.newest(CrmDatasets.SERVICE_TRANSACTION, lake)).extracting(t -> t.get("transaction_id"))
                .containsExactly(10L, 11L, 12L, 13L, 15L);
        assertThat(Steps.named(backfill, "crmLakeCommitStep").getWriteCount())
                .as("only the missed row is new to the lake").isEqualTo(1);
        assertThat(Steps.named(backfill, "crmTransactionExtractStep").getExecutionContext().getString("backfill"))
                .isEqualTo("2010-06-01 to 2010-06-30, read from 2010-06-01T00:00");
    }

    @Test
    void quarantinesRowsThatBreakTheContractWithTheirKeyFieldAndReason() throws Exception {
        execute("INSERT INTO crm.service_transaction VALUES"
                + " (20, 1, '2010-06-09 10:00', 'BOAT', 'BUS-NECTON', 'BEN-HB', NULL, 'SC01', FALSE, '2010-06-09 10:05'),"
                + " (21, 1, '2010-06-09 10:30', 'BUS', NULL, 'BEN-HB', NULL, 'SC01', FALSE, '2010-06-09 10:35'),"
                + " (22, 2, '2010-06-09 11:00', 'BUS', 'BUS-NECTON', 'BEN-HB', 'MAYBE', 'SC01', FALSE,"
                + " '2010-06-09 11:05'),"
                + " (23, 2, 'infinity', 'BUS', 'BUS-NECTON', 'BEN-HB', NULL, 'SC01', FALSE, '2010-06-09 11:06')");

        JobExecution run = jobs.startJob(run("r1"));
        jobs.startJob(run("r2"));

        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(run.getStepExecutions()).filteredOn(s -> s.getStepName().equals("crmTransactionExtractStep"))
                .singleElement().satisfies(s -> {
                    assertThat(s.getReadCount()).isEqualTo(8);
                    assertThat(s.getWriteCount()).isEqualTo(4);
                    assertThat(s.getFilterCount()).as("quarantined").isEqualTo(4);
                });
        assertThat(LakeReader.newest(CrmDatasets.SERVICE_TRANSACTION, lake))
                .extracting(t -> t.get("transaction_id")).containsExactly(10L, 11L, 12L, 13L);
        List<Map<String, Object>> quarantined = LakeReader.query("SELECT origin, line_or_key, field, reason, raw_value"
                + " FROM read_parquet('" + lake.resolve("raw/_quarantine/crm/service_transaction/*.parquet")
                + "') ORDER BY line_or_key");
        assertThat(quarantined).as("one entry each, even after a rerun re-read them").extracting(
                q -> q.get("line_or_key") + " " + q.get("field") + " " + q.get("reason") + " " + q.get("raw_value"))
                .containsExactly(
                        "transaction_id=20 channel unknown channel BOAT",
                        "transaction_id=21 location_code missing required field for channel BUS null",
                        "transaction_id=22 outcome_code unknown outcome MAYBE",
                        "transaction_id=23 occurred_at out of range +999999999-12-31T23:59:59.999999999");
        assertThat(quarantined.get(0).get("origin")).isEqualTo("crm.service_transaction");
    }

    @Test
    void aRunThatFailedPartWayRestartsAtTheFailedStepAndEndsAsAnUninterruptedRun() throws Exception {
        // The CRM is half down: customers can be read, transactions cannot.
        execute("ALTER TABLE crm.service_transaction RENAME TO service_transaction_offline");
        JobExecution failed = jobs.startJob(run("r1"));
        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(Steps.named(failed, "crmCustomerExtractStep").getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(Files.exists(CrmDatasets.CUSTOMER.directory(lake))).as("nothing committed yet").isFalse();

        execute("ALTER TABLE crm.service_transaction_offline RENAME TO service_transaction");
        JobExecution restarted = jobOperator.restart(failed);

        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(restarted.getStepExecutions()).extracting(s -> s.getStepName())
                .as("the completed step is not run again").doesNotContain("crmCustomerExtractStep");
        List<Map<String, Object>> afterRestart = LakeReader.newest(CrmDatasets.SERVICE_TRANSACTION, lake);
        List<Map<String, Object>> customersAfterRestart = LakeReader.newest(CrmDatasets.CUSTOMER, lake);

        FileSystemUtils.deleteRecursively(lake);
        assertThat(jobs.startJob(run("uninterrupted")).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(afterRestart).isEqualTo(LakeReader.newest(CrmDatasets.SERVICE_TRANSACTION, lake));
        assertThat(customersAfterRestart).isEqualTo(LakeReader.newest(CrmDatasets.CUSTOMER, lake));
    }

    private static void execute(String... statements) throws SQLException {
        try (Connection connection = crm.connect(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    static void assertNoPersonalDataIn(Path root, String... values) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                String utf8 = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
                for (String value : values) {
                    assertThat(content).as(file + " holds " + value).doesNotContain(value);
                    assertThat(utf8).as(file + " holds " + value).doesNotContain(value);
                }
            }
        }
    }
}
