package org.outreach.pipeline.job;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.outreach.pipeline.OutreachApplication;
import org.outreach.pipeline.demo.DemoEstate;
import org.outreach.pipeline.load.WarehouseStepsConfiguration;
import org.outreach.pipeline.status.QualityWarnings;
import org.outreach.pipeline.status.RunHistory;
import org.outreach.warehouse.WarehouseQuery;
import org.outreach.warehouse.quality.QualityChecks;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * One nightly run over the demo estate, which holds at least one record of every oddity
 * SOURCES.md and INDICATORS.md admit (a booking completed without attendance, a visit the
 * schedule did not plan, a JOB_START before sign-up, ...): the warehouse is published, the
 * figures count those records by the contracts' rules, and each oddity is a quality warning
 * that status, the run's log and quality_results show with its count and an example.
 */
@SpringBootTest(classes = OutreachApplication.class)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdmittedOdditiesEndToEndTest {

    private static final LocalDate AS_OF = DemoEstate.END;
    private static final Path data = temporaryFolder();
    /** Each admitted oddity of the demo estate, by the warning check that reports it. */
    private static final List<String> WARNINGS = List.of("bookings_outcome_without_attendance",
            "bus_visits_unscheduled", "meta_cases_closed_after_as_of", "meta_cases_closed_without_outcome",
            "programme_events_job_start_before_sign_up", "referrals_outcome_after_as_of",
            "referrals_without_crm_customer", "transactions_topic_unmapped");

    @Autowired
    private NightlyRun nightlyRun;
    @Autowired
    private JobRepository jobRepository;

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private JobExecution run;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("outreach.home", () -> Path.of("").toAbsolutePath().getParent().toString());
        registry.add("outreach.sources.crm.url", () -> DemoEstate.crmUrl(data.resolve("demo")));
        registry.add("outreach.sources.meta.url", () -> DemoEstate.metaUrl(data.resolve("demo")));
        registry.add("outreach.sources.inbox", () -> data.resolve("demo/inbox").toString());
        registry.add("outreach.lake", () -> data.resolve("lake").toString());
        registry.add("outreach.warehouse", () -> warehouse().toString());
        registry.add("outreach.extracts", () -> data.resolve("extracts").toString());
        registry.add("outreach.secret-file", () -> data.resolve("demo/person-key.secret").toString());
        registry.add("outreach.job-repository.url", () -> "jdbc:h2:mem:jobs-" + UUID.randomUUID());
    }

    @BeforeAll
    void givenTheDemoEstateWhenTheNightlyRunRuns() throws Exception {
        new DemoEstate(data).create();
        log.start();
        ((Logger) LoggerFactory.getLogger(WarehouseStepsConfiguration.class)).addAppender(log);
        run = nightlyRun.run(AS_OF);
    }

    @AfterAll
    void removeIt() throws IOException {
        ((Logger) LoggerFactory.getLogger(WarehouseStepsConfiguration.class)).detachAppender(log);
        FileSystemUtils.deleteRecursively(data);
    }

    @Test
    void theRunPublishesTheWarehouse() throws Exception {
        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(new WarehouseQuery(warehouse()).run("SELECT run_id FROM publication").rows())
                .containsExactly(List.of(run.getJobParameters().getString("runId")));
    }

    @Test
    void everyAdmittedOddityIsAWarningAndNoBlockingCheckFails() throws Exception {
        assertThat(new WarehouseQuery(warehouse()).run("SELECT check_name, severity FROM quality_results"
                + " WHERE status = 'FAILED' ORDER BY check_name").rows())
                .containsExactlyElementsOf(WARNINGS.stream().map(check -> List.<Object>of(check, "WARNING")).toList());
        assertThat(new WarehouseQuery(warehouse()).run("SELECT failing_rows, example, rule FROM quality_results"
                + " WHERE check_name = 'bookings_outcome_without_attendance'").rows()).containsExactly(List.of(2L,
                "booking_id=FC-900003, session_date=2010-11-22, location_code=VEN-THETFORD-LIB, completed=true,"
                        + " feedback=null",
                "INDICATORS.md, First Click outcomes: completed counts only if attended, feedback only over"
                        + " attended bookings"));
        assertThat(new WarehouseQuery(warehouse()).run("SELECT failing_rows, example FROM quality_results"
                + " WHERE check_name = 'bus_visits_unscheduled'").rows()).containsExactly(List.of(1L,
                "location_code=BUS-NECTON, visit_date=2011-02-16, status=COMPLETED,"
                        + " source_file=bus-visits-2011-02.csv, source_line=29"));
    }

    @Test
    void theFiguresCountTheOdditiesByTheContractsRules() throws Exception {
        assertThat(figure("completions", "VEN-THETFORD-LIB", "2010-11")).as("completed counts only if attended")
                .isEqualTo(count("SELECT count(*) FROM bookings WHERE location_code = 'VEN-THETFORD-LIB'"
                        + " AND strftime(session_date, '%Y-%m') = '2010-11' AND completed AND attended"));
        assertThat(figure("completed_visits", "BUS-NECTON", "2011-02")).as("rule 12: the unscheduled visit counts")
                .isEqualTo(count("SELECT count(*) FROM bus_visits WHERE location_code = 'BUS-NECTON'"
                        + " AND strftime(visit_date, '%Y-%m') = '2011-02' AND status = 'COMPLETED'"));
        assertThat(figure("scheduled_visits", "BUS-KENNINGHALL", "2011-02"))
                .as("Wednesdays 2 and 16, and the Saturday trial's 5 and 12 before its removal on the 16th")
                .isEqualTo(4.0);
        assertThat(scalar("SELECT location_code FROM transactions WHERE transaction_key = 'META:900002'"))
                .as("rule 6: a contact counts at its own office").isEqualTo("OFF-KINGS-LYNN");
        assertThat(scalar("SELECT count(*) FROM indicator_values WHERE indicator = 'cases_closed'"
                + " AND period_type = 'MONTH' AND period > '2011-03'")).as("rule 17: closed after the as-of date")
                .isEqualTo(0L);
        assertThat(scalar("SELECT count(DISTINCT person_key) FROM (SELECT person_key FROM transactions"
                + " WHERE transaction_key = 'META:900001' UNION ALL SELECT person_key FROM programme_events"
                + " WHERE participant_ref = 'K-998')")).as("one person keyed by personal details at META and by NI"
                + " number at keystone: two keys, as SOURCES.md's rule gives").isEqualTo(2L);
    }

    @Test
    void statusShowsEachWarningWithItsCountAndAnExample() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        new RunHistory(jobRepository).print(1, new PrintStream(out, true, StandardCharsets.UTF_8));

        String status = out.toString(StandardCharsets.UTF_8);
        int checks = QualityChecks.all().size();
        assertThat(status).contains("quality: " + checks + " checks: " + (checks - WARNINGS.size()) + " passed, "
                + WARNINGS.size() + " warnings")
                .contains("    warning: bookings_outcome_without_attendance (checks/bookings.sql): 2 rows,"
                        + " e.g. booking_id=FC-900003")
                .contains("    warning: bus_visits_unscheduled (checks/bus_visits.sql): 1 row,"
                        + " e.g. location_code=BUS-NECTON, visit_date=2011-02-16");
        assertThat(WARNINGS).allSatisfy(check -> assertThat(status).contains("    warning: " + check + " ("));
    }

    @Test
    void theRunsLogNamesEachWarningWithItsCountAnExampleAndItsRule() {
        List<String> warnings = log.list.stream().filter(event -> event.getLevel().toString().equals("WARN"))
                .map(ILoggingEvent::getFormattedMessage).toList();

        assertThat(warnings).hasSize(WARNINGS.size()).contains("quality warning: bus_visits_unscheduled"
                + " (checks/bus_visits.sql): 1 row, e.g. location_code=BUS-NECTON, visit_date=2011-02-16,"
                + " status=COMPLETED, source_file=bus-visits-2011-02.csv, source_line=29; published anyway"
                + " (INDICATORS.md rule 12: an unscheduled visit row with status COMPLETED counts in completed_visits)");
    }

    @Test
    void theDemoPrintsTheWarnings() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        QualityWarnings.print(warehouse(), new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(out.toString(StandardCharsets.UTF_8).lines()).contains(
                "  bookings_outcome_without_attendance: 2 rows (INDICATORS.md, First Click outcomes: completed counts"
                        + " only if attended, feedback only over attended bookings)",
                "      e.g. booking_id=FC-900003, session_date=2010-11-22, location_code=VEN-THETFORD-LIB,"
                        + " completed=true, feedback=null");
    }

    private static double figure(String indicator, String location, String month) throws SQLException {
        return ((Number) scalar("SELECT value FROM indicator_values WHERE indicator = '" + indicator + "'"
                + " AND location_code = '" + location + "' AND period = '" + month + "' AND topic = 'ALL'"
                + " AND partner = 'ALL'")).doubleValue();
    }

    private static double count(String sql) throws SQLException {
        return ((Number) scalar(sql)).doubleValue();
    }

    private static Object scalar(String sql) throws SQLException {
        return new WarehouseQuery(warehouse()).run(sql).rows().get(0).get(0);
    }

    private static Path warehouse() {
        return data.resolve("warehouse/outreach.duckdb");
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("outreach-oddities-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
