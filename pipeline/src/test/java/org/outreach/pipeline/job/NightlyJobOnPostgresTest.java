package org.outreach.pipeline.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.outreach.ingest.support.TestPostgres;
import org.outreach.pipeline.OutreachApplication;
import org.outreach.pipeline.cli.OutreachCommand;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The nightly job as production runs it: the job repository in a real PostgreSQL (a throwaway
 * database, Spring Batch's own schema script), alerts to a real SMTP server and a real webhook,
 * {@code status --check} for monitoring, a log file per run. One night goes wrong (a partner's
 * spreadsheet arrives broken), the operator is told, the file is sent again, and the rerun
 * restarts the run from PostgreSQL at the failed step. Freshness is set to one day, so the
 * monthly partner files raise quality warnings once the run publishes.
 */
@SpringBootTest(classes = OutreachApplication.class)
@ActiveProfiles("test")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NightlyJobOnPostgresTest {

    private static final String BROKEN_FILE = "demo/inbox/works/flagship/flagship-2011-03.xlsx";

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

    private static final DemoRunFixture estate = DemoRunFixture.inTemporaryFolder();
    private static final List<String> webhookBodies = new CopyOnWriteArrayList<>();
    private static TestPostgres postgres;
    private static HttpServer webhook;
    private static byte[] goodFile;

    @Autowired
    private NightlyRun nightlyRun;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        estate.properties().forEach((key, value) -> registry.add(key, () -> value));
        jobRepository().forEach((key, value) -> registry.add(key, () -> value));
        registry.add("outreach.quality.freshness-days", () -> "1");
        registry.add("outreach.alerts.mail.host", () -> "127.0.0.1");
        registry.add("outreach.alerts.mail.port", () -> smtp.getSmtp().getPort());
        registry.add("outreach.alerts.mail.to", () -> "ops@example.org");
        registry.add("outreach.alerts.webhook.url", () -> "http://127.0.0.1:" + webhook.getAddress().getPort() + "/hook");
    }

    @BeforeAll
    static void givenTheDemoEstateAThrowawayDatabaseAndAWebhook() throws Exception {
        estate.createEstate();
        postgres = TestPostgres.create();
        webhook = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        webhook.createContext("/hook", exchange -> {
            webhookBodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        webhook.start();
    }

    @AfterAll
    static void removeThem() throws Exception {
        webhook.stop(0);
        postgres.close();
        estate.close();
    }

    @Test
    @Order(1)
    void aStepThatFailsIsRecordedInPostgresAlertedAndCritical() throws Exception {
        Path file = estate.data().resolve(BROKEN_FILE);
        goodFile = Files.readAllBytes(file);
        Files.writeString(file, "this is not a spreadsheet");

        JobExecution failed = nightlyRun.run(DemoRunFixture.AS_OF);

        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(failed.getStepExecutions()).filteredOn(s -> s.getStatus() == BatchStatus.FAILED)
                .extracting(s -> s.getStepName()).containsExactly("worksEventsExtractStep");
        assertThat(postgresRows("SELECT status FROM batch_job_execution")).containsExactly("FAILED");
        String runId = failed.getJobParameters().getString("runId");

        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertThat(mail.getSubject()).isEqualTo("Outreach nightly run " + runId + " FAILED at worksEventsExtractStep");
        assertThat(GreenMailUtil.getBody(mail)).contains("As of:  2011-03-31").contains("flagship-2011-03.xlsx")
                .contains("restarts the run at worksEventsExtractStep");
        JsonNode posted = new ObjectMapper().readTree(webhookBodies.get(0));
        assertThat(posted.get("outcome").asText()).isEqualTo("FAILED");
        assertThat(posted.get("step").asText()).isEqualTo("worksEventsExtractStep");

        Map.Entry<Integer, String> check = statusCheck();
        assertThat(check.getKey()).isEqualTo(2);
        assertThat(check.getValue()).startsWith("OUTREACH CRITICAL - run " + runId + " FAILED at worksEventsExtractStep: ")
                .endsWith("flagship-2011-03.xlsx: not a readable XLSX workbook"
                        + " (Can't open workbook - unsupported file type: UNKNOWN)");
    }

    @Test
    @Order(2)
    void theRerunRestartsTheFailedRunFromPostgresAndPublishesTheCrmsFigures() throws Exception {
        Files.write(estate.data().resolve(BROKEN_FILE), goodFile);

        JobExecution restarted = nightlyRun.run(DemoRunFixture.AS_OF);

        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(restarted.getStepExecutions()).extracting(s -> s.getStepName()).startsWith("worksEventsExtractStep");
        assertThat(postgresRows("SELECT DISTINCT job_instance_id FROM batch_job_execution")).hasSize(1);
        assertThat(postgresRows("SELECT status FROM batch_job_execution ORDER BY job_execution_id"))
                .containsExactly("FAILED", "COMPLETED");
        assertThat(estate.indicatorValues()).isNotEmpty();
    }

    @Test
    @Order(3)
    void aPublicationWithQualityWarningsIsAlertedAndAWarningForMonitoring() throws Exception {
        String runId = postgresRows("SELECT parameter_value FROM batch_job_execution_params"
                + " WHERE parameter_name = 'runId'").get(0);

        MimeMessage mail = smtp.getReceivedMessages()[smtp.getReceivedMessages().length - 1];
        assertThat(mail.getSubject()).startsWith("Outreach nightly run " + runId + " published with")
                .contains("quality warning");
        assertThat(GreenMailUtil.getBody(mail)).contains("_fresh (WARNING");
        JsonNode posted = new ObjectMapper().readTree(webhookBodies.get(webhookBodies.size() - 1));
        assertThat(posted.get("outcome").asText()).isEqualTo("PUBLISHED_WITH_WARNINGS");
        assertThat(posted.get("checks")).isNotEmpty();

        Map.Entry<Integer, String> check = statusCheck();
        assertThat(check.getKey()).isEqualTo(1);
        assertThat(check.getValue()).startsWith("OUTREACH WARNING - run " + runId + " as of 2011-03-31 published");
    }

    @Test
    @Order(4)
    void theRunLoggedToItsOwnFileWithoutPersonalDataAndTheAlertsHoldNone() throws Exception {
        String runId = postgresRows("SELECT parameter_value FROM batch_job_execution_params"
                + " WHERE parameter_name = 'runId'").get(0);
        Path log = estate.logs().resolve("outreach-" + runId + ".log");
        String text = Files.readString(log);
        assertThat(text).as("both executions of the run append to its file").contains("run " + runId + " logs to")
                .contains("transform: Spark").contains("alert sent by mail to ops@example.org");

        Set<String> personal = estate.personalValues();
        assertThat(personal).hasSizeGreaterThan(100);
        List<String> everything = new java.util.ArrayList<>(List.of(text));
        everything.addAll(webhookBodies);
        for (MimeMessage mail : smtp.getReceivedMessages()) {
            everything.add(mail.getSubject() + "\n" + GreenMailUtil.getBody(mail));
        }
        for (String written : everything) {
            assertThat(personal).noneMatch(value -> Pattern.compile("\\b" + Pattern.quote(value) + "\\b")
                    .matcher(written).find());
        }
    }

    @Test
    @Order(5)
    void theLakeWarehouseExtractsAndLogsAreClosedToOthers() throws Exception {
        for (Path folder : List.of(estate.lake(), estate.warehouse().getParent(), estate.extracts(), estate.logs())) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).as(folder.toString())
                    .isEqualTo("rwxr-x---");
        }
    }

    /** {@code ./outreach status --check} against this test's PostgreSQL: exit status and its one line. */
    private static Map.Entry<Integer, String> statusCheck() throws Exception {
        Map<String, String> repository = new java.util.HashMap<>(jobRepository());
        Path config = estate.configFile(repository);
        PrintStream out = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        int exit;
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            exit = OutreachCommand.execute("status", "--check", "--config", config.toString());
        } finally {
            System.setOut(out);
        }
        List<String> lines = captured.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(1);
        return Map.entry(exit, lines.get(0));
    }

    private static Map<String, String> jobRepository() {
        Map<String, String> keys = new java.util.HashMap<>();
        keys.put("outreach.job-repository.url", postgres.url());
        if (postgres.username() != null) {
            keys.put("outreach.job-repository.username", postgres.username());
            keys.put("outreach.job-repository.password", postgres.password());
        }
        return keys;
    }

    private static List<String> postgresRows(String sql) throws Exception {
        List<String> rows = new java.util.ArrayList<>();
        try (Connection connection = postgres.connect(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        }
        return rows;
    }
}
