package org.outreach.pipeline.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.outreach.ingest.support.Backfill;
import org.outreach.pipeline.OutreachApplication;
import org.outreach.pipeline.cli.OutreachCommand;
import org.outreach.pipeline.demo.DemoEstate;
import org.outreach.warehouse.DeclaredTable;
import org.outreach.warehouse.WarehouseQuery;
import org.outreach.warehouse.WarehouseSchema;
import org.outreach.warehouse.quality.QualityChecks;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * nightlyJob over the demo estate, end to end: CRM extract, the Spark transform in its own
 * JVM (from transform/target, built earlier in the reactor), the DuckDB load. One scenario per
 * test, in the order a week of runs would meet them; they share the estate and its first run
 * (see {@link #firstRun()}), so each can also run alone, and a failure in one leaves the others
 * to report theirs.
 */
@SpringBootTest(classes = OutreachApplication.class)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NightlyJobEndToEndTest {

    private static final LocalDate AS_OF = DemoRunFixture.AS_OF;
    private static final DemoRunFixture estate = DemoRunFixture.inTemporaryFolder();
    private static final Path data = estate.data();

    @Autowired
    private NightlyRun nightlyRun;
    @Autowired
    private JobRepository jobRepository;
    @Autowired
    private JobOperator jobOperator;

    private JobExecution firstRun;
    private List<List<Object>> firstFigures;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        estate.register(registry, "jdbc:h2:mem:jobs-" + UUID.randomUUID());
    }

    @BeforeAll
    static void givenTheDemoEstate() throws Exception {
        estate.createEstate();
    }

    @AfterAll
    static void removeIt() throws IOException {
        estate.close();
    }

    /** A scenario that failed leaves its run failed: the next starts a run of its own instead of restarting that one. */
    @BeforeEach
    void abandonARunAnotherScenarioLeftFailed() throws Exception {
        JobInstance last = jobRepository.getLastJobInstance("nightlyJob");
        JobExecution execution = last == null ? null : jobRepository.getLastJobExecution(last);
        if (execution != null && execution.getStatus() == BatchStatus.FAILED) {
            jobOperator.abandon(execution);
        }
    }

    /** The estate's first nightly run, and the figures it published: run once, by whichever scenario needs it first. */
    private JobExecution firstRun() throws Exception {
        if (firstRun == null) {
            firstRun = nightlyRun.run(AS_OF);
            firstFigures = indicatorValues();
        }
        return firstRun;
    }

    @Test
    @Order(1)
    void theFirstRunPublishesIndicatorsMatchingTheSources() throws Exception {
        JobExecution first = firstRun();

        assertThat(first.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(first.getStepExecutions()).extracting(s -> s.getStepName()).containsExactly(
                "referenceExtractStep", "crmCustomerExtractStep", "crmTransactionExtractStep", "crmLakeCommitStep",
                "metaCaseExtractStep", "metaContactExtractStep", "metaLakeCommitStep", "busScheduleExtractStep",
                "busVisitsExtractStep", "worksEventsExtractStep", "firstClickBookingsExtractStep",
                "referralsExtractStep", "transformStep", "warehouseLoadStep", "qualityGateStep",
                "warehousePublishStep", "funderPackStep");
        assertThat(first.getStepExecutions()).as("the demo's known defects, quarantined")
                .extracting(s -> s.getStepName() + " " + (s.getFilterCount() + s.getSkipCount()))
                .contains("crmTransactionExtractStep 2", "metaCaseExtractStep 1", "metaContactExtractStep 2",
                        "busVisitsExtractStep 1", "worksEventsExtractStep 3", "firstClickBookingsExtractStep 2",
                        "referralsExtractStep 1");
        assertThat(firstFigures).isNotEmpty();
        assertThat(new WarehouseQuery(warehouse()).run("SELECT check_name, example FROM quality_results"
                + " WHERE status <> 'PASSED' AND severity = 'BLOCKING'").rows())
                .as("every blocking check passes on the demo estate; its admitted oddities only warn").isEmpty();
        assertThat(new WarehouseQuery(warehouse()).run("SELECT count(*) FROM quality_results").rows())
                .singleElement().isEqualTo(List.of((long) QualityChecks.all().size()));
        assertThat(busTransactionsByStopAndMonth()).isEqualTo(busTransactionsInTheCrm());
        assertThat(uptakeDisagreeingWithTheMart()).as("uptake recomputed in SQL over the transactions mart")
                .isEmpty();
        assertThat(outcomesDisagreeingWithTheMarts()).as("outcomes recomputed in SQL over the other marts")
                .isEmpty();
    }

    /**
     * Each dataset the transform writes is declared once (datasets module): its Parquet holds the
     * declared columns in their order, with their types and nullability (Parquet REQUIRED where
     * declared NOT NULL), and the warehouse table loaded from it has the same columns and types.
     */
    @Test
    @Order(2)
    void theTransformsOutputsAndTheirWarehouseTablesAreTheDeclaredDatasets() throws Exception {
        Path runOutput = RunOutputs.of(estate.lake(), firstRun().getJobParameters().getString("runId"));
        List<DeclaredTable> declared = WarehouseSchema.declaredTables();

        try (Stream<Path> files = Files.walk(runOutput)) {
            assertThat(files.filter(f -> f.toString().endsWith(".parquet"))
                    .map(f -> runOutput.relativize(f.getParent()).toString()).distinct())
                    .as("the transform writes exactly the declared datasets")
                    .containsExactlyInAnyOrderElementsOf(declared.stream().map(t -> t.dataset().name()).toList());
        }
        for (DeclaredTable table : declared) {
            List<List<Object>> parquet = parquetColumns(runOutput.resolve(table.dataset().name()));
            assertThat(parquet).as(table.dataset().name() + " as written").containsExactlyElementsOf(
                    table.dataset().columns().stream()
                            .map(c -> List.<Object>of(c.name(), c.type().duckDb(), c.nullable())).toList());
            assertThat(new WarehouseQuery(warehouse()).run("SELECT column_name, data_type FROM duckdb_columns()"
                            + " WHERE database_name = current_database() AND table_name = '" + table.name() + "'"
                            + " ORDER BY column_index").rows())
                    .as("warehouse table " + table.name()).containsExactlyElementsOf(
                            parquet.stream().map(column -> column.subList(0, 2)).toList());
        }
    }

    /**
     * Grep-style over every file's bytes, and value by value over every text column of the
     * lake's Parquet and the warehouse (compression would hide a value from a grep).
     */
    @Test
    @Order(3)
    void noPersonalDataReachesTheLakeOrTheWarehouse() throws Exception {
        firstRun();
        Set<String> personal = estate.personalValues();
        assertThat(personal).hasSizeGreaterThan(100);
        try (Stream<Path> files = Files.walk(data.resolve("lake"))) {
            for (Path file : Stream.concat(files.filter(Files::isRegularFile), Stream.of(warehouse())).toList()) {
                String bytes = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
                assertThat(personal).as("personal data in " + file).noneMatch(bytes::contains);
            }
        }
        Set<String> lakeText = new HashSet<>();
        try (Stream<Path> files = Files.walk(data.resolve("lake"))) {
            for (Path parquet : files.filter(f -> f.toString().endsWith(".parquet")).toList()) {
                lakeText.addAll(textValues("read_parquet('" + parquet + "')"));
            }
        }
        lakeText.addAll(new WarehouseQuery(warehouse()).run("SELECT DISTINCT person_key FROM transactions").rows()
                .stream().map(r -> String.valueOf(r.get(0))).toList());
        assertThat(lakeText).isNotEmpty().doesNotContainAnyElementsOf(personal);
    }

    /** The nightly job's pack for the as-of date's year, and one for a month by the extract command. */
    @Test
    @Order(4)
    void theRunWritesTheYearsFunderPackAndTheExtractCommandAMonths() throws Exception {
        firstRun();
        assertThat(Files.list(data.resolve("extracts/fy-2010-11"))).extracting(p -> p.getFileName().toString())
                .containsExactlyInAnyOrder("indicators.csv", "indicators.csv-metadata.json", "indicators.xlsx",
                        "indicators.ods", "manifest.json");
        Path config = Files.writeString(data.resolve("extract.yml"), "outreach:\n  warehouse: " + warehouse()
                + "\n  extracts: " + data.resolve("adhoc") + "\n");

        assertThat(OutreachCommand.execute("extract", "--config", config.toString(), "--period", "2010-11")).isZero();
        assertThat(OutreachCommand.execute("extract", "--config", config.toString(), "--period", "2012/13"))
                .as("a year with no figures").isEqualTo(2);

        List<String> csv = Files.readAllLines(data.resolve("adhoc/month-2010-11/indicators.csv"));
        long monthRows = (long) new WarehouseQuery(warehouse()).run("SELECT count(*) FROM indicator_values"
                + " WHERE period = '2010-11'").rows().get(0).get(0);
        assertThat(csv).hasSize((int) monthRows + 1);
        assertThat(csv.get(0)).isEqualTo("indicator,service,location_code,topic,partner,period_type,period,value,"
                + "numerator,denominator");
        assertThat(csv).as("small counts suppressed").anyMatch(line -> line.contains("[c]"));
    }

    @Test
    @Order(5)
    void aRerunOverUnchangedSourcesChangesNoFigure() throws Exception {
        JobExecution first = firstRun();

        JobExecution second = nightlyRun.run(AS_OF);

        assertThat(second.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(second.getJobInstance().getInstanceId()).isNotEqualTo(first.getJobInstance().getInstanceId());
        assertThat(indicatorValues()).as("identical indicator_values, no duplicates").isEqualTo(firstFigures);
    }

    /** A transaction the CRM records after a run is counted by the next: the extract is incremental. */
    @Test
    @Order(6)
    void aTransactionAddedToTheCrmIsCountedByTheNextRun() throws Exception {
        firstRun();
        crm("INSERT INTO crm.service_transaction VALUES (990002, NULL, TIMESTAMP '2011-03-30 11:00:00', 'BUS',"
                + " 'BUS-SHIPDHAM', 'BEN-HB', NULL, NULL, FALSE, CURRENT_TIMESTAMP)");

        JobExecution next = nightlyRun.run(AS_OF);

        assertThat(next.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(new WarehouseQuery(warehouse()).run("SELECT location_code FROM transactions"
                + " WHERE transaction_key = 'CRM:990002'").rows()).containsExactly(List.of("BUS-SHIPDHAM"));
        assertThat(busTransactionsByStopAndMonth()).isEqualTo(busTransactionsInTheCrm());
        assertThat(uptakeDisagreeingWithTheMart()).isEmpty();
    }

    /**
     * The CRM records a transaction at a stop reference/locations.csv does not know: the
     * quality gate rejects the new warehouse and yesterday's stays live; once the CRM row is
     * corrected, the next run starts afresh (not a restart) and publishes.
     */
    @Test
    @Order(7)
    void aBusStopUnknownToTheReferenceDataStopsPublicationUntilCorrected() throws Exception {
        firstRun();
        List<List<Object>> published = indicatorValues();
        crm("INSERT INTO crm.service_transaction VALUES (990001, NULL, TIMESTAMP '2011-03-30 10:00:00', 'BUS',"
                + " 'BUS-NOWHERE', 'BEN-HB', NULL, NULL, FALSE, CURRENT_TIMESTAMP)");

        JobExecution rejected = nightlyRun.run(AS_OF);

        assertThat(rejected.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(rejected.getStepExecutions()).filteredOn(s -> s.getStatus() == BatchStatus.FAILED)
                .extracting(s -> s.getStepName()).containsExactly("qualityGateStep");
        assertThat(rejected.getExitStatus().getExitDescription()).contains("transactions_location_exists")
                .contains("location_code=BUS-NOWHERE");
        assertThat(indicatorValues()).as("yesterday's warehouse is still published").isEqualTo(published);
        assertThat(new WarehouseQuery(warehouse().resolveSibling("outreach.duckdb.rejected"))
                .run("SELECT count(*) FROM quality_results WHERE status = 'FAILED' AND severity = 'BLOCKING'").rows())
                .singleElement().isNotEqualTo(List.of(0L));

        crm("UPDATE crm.service_transaction SET location_code = 'BUS-SHIPDHAM', updated_at = CURRENT_TIMESTAMP"
                + " WHERE transaction_id = 990001");
        JobExecution corrected = nightlyRun.run(AS_OF);

        assertThat(corrected.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(corrected.getJobInstance().getInstanceId()).as("a new run, not a restart")
                .isNotEqualTo(rejected.getJobInstance().getInstanceId());
        assertThat(new WarehouseQuery(warehouse()).run("SELECT location_code FROM transactions"
                + " WHERE transaction_key = 'CRM:990001'").rows()).containsExactly(List.of("BUS-SHIPDHAM"));
    }

    /** ./outreach backfill re-reads March from the databases and the drops: the lake already holds all of it. */
    @Test
    @Order(8)
    void aBackfillOverUnchangedSourcesChangesNoFigure() throws Exception {
        firstRun();
        List<List<Object>> before = indicatorValues();

        JobExecution backfill = nightlyRun.backfill(new Backfill(LocalDate.of(2011, 3, 1), AS_OF), AS_OF);

        assertThat(backfill.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(backfill.getStepExecutions()).filteredOn(s -> s.getStepName().equals("busVisitsExtractStep"))
                .extracting(s -> s.getExecutionContext().getString("files"))
                .containsExactly("1 extracted, 9 unchanged (backfill 2011-03-01 to 2011-03-31)");
        assertThat(backfill.getStepExecutions()).filteredOn(s -> s.getStepName().equals("crmLakeCommitStep"))
                .extracting(s -> s.getWriteCount()).containsExactly(0L);
        assertThat(indicatorValues()).isEqualTo(before);
    }

    private static void crm(String sql) throws SQLException {
        try (Connection crm = DriverManager.getConnection(DemoEstate.crmUrl(data.resolve("demo")), "sa", "");
             Statement statement = crm.createStatement()) {
            statement.execute(sql);
        }
    }

    /** What the warehouse publishes: ONE_STOP_BUS transactions per stop and month, every topic. */
    private static List<List<Object>> busTransactionsByStopAndMonth() throws SQLException {
        return new WarehouseQuery(warehouse()).run("""
                SELECT location_code, period, CAST(value AS BIGINT) FROM indicator_values
                WHERE indicator = 'transactions' AND service = 'ONE_STOP_BUS' AND topic = 'ALL'
                  AND period_type = 'MONTH' AND location_code <> 'ALL'
                ORDER BY 1, 2""").rows();
    }

    /**
     * Transactions and unique clients per service, location and month, recomputed in DuckDB
     * from the warehouse's transactions mart: the rows where the two disagree.
     */
    private static List<List<Object>> uptakeDisagreeingWithTheMart() throws SQLException {
        return new WarehouseQuery(warehouse()).run("""
                WITH recomputed AS (
                  SELECT service, location_code, strftime(transaction_date, '%Y-%m') AS period,
                         count(*) AS transactions, count(DISTINCT person_key) AS unique_clients
                  FROM transactions GROUP BY ALL),
                published AS (
                  SELECT service, location_code, period,
                         max(value) FILTER (WHERE indicator = 'transactions') AS transactions,
                         max(value) FILTER (WHERE indicator = 'unique_clients') AS unique_clients
                  FROM indicator_values
                  WHERE period_type = 'MONTH' AND topic = 'ALL' AND location_code <> 'ALL'
                    AND indicator IN ('transactions', 'unique_clients')
                  GROUP BY ALL)
                SELECT * FROM recomputed r FULL JOIN published p USING (service, location_code, period)
                WHERE r.transactions IS DISTINCT FROM p.transactions
                   OR r.unique_clients IS DISTINCT FROM p.unique_clients""").rows();
    }

    /**
     * META openings per office and month, bus visits completed per stop and month, First
     * Click bookings per venue and month, recomputed in DuckDB from the marts.
     */
    private static List<List<Object>> outcomesDisagreeingWithTheMarts() throws SQLException {
        return new WarehouseQuery(warehouse()).run("""
                WITH recomputed AS (
                  SELECT 'cases_opened' AS indicator, office_code AS location_code,
                         strftime(opened_on, '%Y-%m') AS period, count(*) AS value
                  FROM meta_cases WHERE opened_on <= DATE '2011-03-31' GROUP BY ALL
                  UNION ALL
                  SELECT 'completed_visits', location_code, strftime(visit_date, '%Y-%m'), count(*)
                  FROM bus_visits WHERE status = 'COMPLETED' AND visit_date <= DATE '2011-03-31' GROUP BY ALL
                  UNION ALL
                  SELECT 'bookings', location_code, strftime(session_date, '%Y-%m'), count(*)
                  FROM bookings WHERE session_date <= DATE '2011-03-31' GROUP BY ALL),
                published AS (
                  SELECT indicator, location_code, period, value FROM indicator_values
                  WHERE indicator IN ('cases_opened', 'completed_visits', 'bookings') AND period_type = 'MONTH'
                    AND topic = 'ALL' AND partner = 'ALL' AND location_code <> 'ALL')
                SELECT * FROM recomputed r FULL JOIN published p USING (indicator, location_code, period)
                WHERE r.value IS DISTINCT FROM p.value
                  AND NOT (r.value IS NULL AND p.value = 0)""").rows();
    }

    /** The same figure computed independently, in SQL over the source CRM. */
    private static List<List<Object>> busTransactionsInTheCrm() throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        try (Connection crm = crm(); Statement statement = crm.createStatement();
             ResultSet result = statement.executeQuery("""
                     SELECT location_code, FORMATDATETIME(occurred_at, 'yyyy-MM') AS txn_month, COUNT(*)
                     FROM crm.service_transaction
                     WHERE channel = 'BUS' AND NOT is_void AND CAST(occurred_at AS DATE) <= DATE '2011-03-31'
                     GROUP BY 1, 2 ORDER BY 1, 2""")) {
            while (result.next()) {
                rows.add(List.of(result.getString(1), result.getString(2), result.getLong(3)));
            }
        }
        return rows;
    }

    /** Each column of a dataset's Parquet files: its name, its type as DuckDB reads it, and whether it is nullable. */
    private static List<List<Object>> parquetColumns(Path dataset) throws SQLException {
        String files = "'" + dataset.resolve("*.parquet") + "'";
        Set<String> required = new HashSet<>();
        List<List<Object>> columns = new ArrayList<>();
        try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = duckdb.createStatement()) {
            try (ResultSet rows = statement.executeQuery("SELECT DISTINCT name FROM parquet_schema(" + files + ")"
                    + " WHERE repetition_type = 'REQUIRED' AND type IS NOT NULL")) {
                while (rows.next()) {
                    required.add(rows.getString(1));
                }
            }
            try (ResultSet rows = statement.executeQuery("DESCRIBE SELECT * FROM read_parquet(" + files + ")")) {
                while (rows.next()) {
                    String name = rows.getString("column_name");
                    columns.add(List.of(name, rows.getString("column_type"), !required.contains(name)));
                }
            }
        }
        return columns;
    }

    private static List<List<Object>> indicatorValues() throws SQLException {
        return new WarehouseQuery(warehouse()).run("SELECT * FROM indicator_values ORDER BY ALL").rows();
    }

    private static Set<String> textValues(String relation) throws SQLException {
        Set<String> values = new HashSet<>();
        try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = duckdb.createStatement();
             ResultSet rows = statement.executeQuery("SELECT * FROM " + relation)) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                for (int c = 1; c <= columns; c++) {
                    Object value = rows.getObject(c);
                    if (value instanceof String text) {
                        values.add(text);
                    }
                }
            }
        }
        return values;
    }

    private static Connection crm() throws SQLException {
        return DriverManager.getConnection(DemoEstate.crmUrl(data.resolve("demo")), "sa", "");
    }

    private static Path warehouse() {
        return estate.warehouse();
    }
}
