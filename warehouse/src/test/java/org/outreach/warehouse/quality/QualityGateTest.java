package org.outreach.warehouse.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outreach.warehouse.RunLogEntry;
import org.outreach.warehouse.RunOutputFixture;
import org.outreach.warehouse.TestWarehouses;
import org.outreach.warehouse.WarehouseLoader;
import org.outreach.warehouse.WarehouseQuery;

class QualityGateTest {

    @TempDir
    Path folder;

    @Test
    void aConsistentWarehousePassesEveryBlockingCheckAndRecordsTheResults() throws Exception {
        Path runOutput = RunOutputFixture.write(folder.resolve("run-1"), 3);
        Path building = build(runOutput, List.of());

        QualityReport report = new QualityGate(400).check(building, runOutput);

        assertThat(report.blockingFailures()).isEmpty();
        assertThat(report.results()).hasSize(QualityChecks.all().size());
        assertThat(new WarehouseQuery(building).run("SELECT count(*), count(*) FILTER (WHERE status = 'PASSED')"
                + " FROM quality_results WHERE run_id = '20110401T020000000'").rows())
                .singleElement().isEqualTo(List.of((long) report.results().size(),
                        report.results().stream().filter(QualityResult::passed).count()));
    }

    @Test
    void aDuplicateKeyAndAnUnknownLocationInTheMartBlockPublicationAndKeepYesterdaysWarehouse() throws Exception {
        Path warehouse = folder.resolve("outreach.duckdb");
        TestWarehouses.publish(RunOutputFixture.write(folder.resolve("run-1"), 3), warehouse);
        Path broken = RunOutputFixture.write(folder.resolve("run-2"), 5);
        overwriteTransactions(broken, "SELECT 'CRM:1' AS transaction_key, 'CRM' AS source, '1' AS source_id,"
                + " 'ONE_STOP_BUS' AS service, location_code, 'BENEFITS' AS topic, DATE '2010-06-07' AS transaction_date,"
                + " TIMESTAMP '2010-06-07 10:00' AS occurred_at, NULL::VARCHAR AS person_key"
                + " FROM (VALUES ('BUS-A'), ('BUS-NOWHERE')) t(location_code)");

        assertThatThrownBy(() -> TestWarehouses.publish(broken, warehouse))
                .isInstanceOf(QualityGateFailedException.class)
                .hasMessageContaining("transactions_key_unique (checks/transactions.sql): 1 row, e.g."
                        + " transaction_key=CRM:1, copies=2")
                .hasMessageContaining("transactions_location_exists")
                .hasMessageContaining("location_code=BUS-NOWHERE");
        assertThat(new WarehouseQuery(warehouse).run("SELECT count(*) FROM transactions").rows())
                .as("yesterday's warehouse is still the published one").singleElement().isEqualTo(List.of(3L));
    }

    @Test
    void reconciliationFindsAStepThatLostRecordsAndATableThatDiffersFromItsMart() throws Exception {
        Path runOutput = RunOutputFixture.write(folder.resolve("run-1"), 3);
        LocalDateTime started = LocalDateTime.of(2011, 4, 1, 2, 0);
        String runId = TestWarehouses.PUBLICATION.runId();
        Path building = build(runOutput, List.of(
                new RunLogEntry(runId, TestWarehouses.PUBLICATION.asOf(), 1, "busVisitsExtractStep", "COMPLETED",
                        started, started.plusSeconds(1), 260, 258, 1),
                new RunLogEntry("an-older-run", LocalDate.of(2011, 3, 30), 1, "busVisitsExtractStep", "COMPLETED",
                        started, started.plusSeconds(1), 10, 1, 1)));
        try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:" + building);
             Statement sql = duckdb.createStatement()) {
            sql.execute("DELETE FROM transactions WHERE transaction_key = 'CRM:0'");
        }

        QualityReport report = new QualityGate(400).check(building, runOutput);

        assertThat(report.blockingFailures()).extracting(r -> r.check().name() + ": " + r.example()).containsExactly(
                "extract_read_equals_written_plus_quarantined: step=busVisitsExtractStep, rows_read=260,"
                        + " rows_written=258, rows_quarantined=1",
                "warehouse_rows_equal_mart_rows: name=marts/transactions, warehouse_rows=2, parquet_rows=3");
    }

    @Test
    void aStaleSourceWarnsWithoutBlocking() throws Exception {
        Path runOutput = RunOutputFixture.write(folder.resolve("run-1"), 3);
        Path building = build(runOutput, List.of());

        QualityReport report = new QualityGate(30).check(building, runOutput);

        assertThat(report.blocksPublication()).isFalse();
        assertThat(report.warnings()).extracting(r -> r.check().name()).contains("crm_fresh");
        assertThat(report.summary().lines().findFirst()).hasValue(report.results().size() + " checks: "
                + (report.results().size() - report.warnings().size()) + " passed, " + report.warnings().size()
                + " warnings");
        assertThat(report.summary().lines()).as("one line per warning, with its count and first row")
                .hasSize(1 + report.warnings().size())
                .contains("    warning: crm_fresh (checks/transactions.sql): 1 row, e.g. source=CRM, newest=2010-06-07");
    }

    @Test
    void eachCheckHoldsExactlyOneQuery() {
        assertThatThrownBy(() -> QualityChecks.parse("checks/x.sql", "-- check: two (blocking; a key)\nSELECT 1; SELECT 2;\n"))
                .hasMessageContaining("check two in checks/x.sql must hold exactly one query");
        assertThat(QualityChecks.parse("checks/x.sql", "-- about\n\n-- check: a (warning; INDICATORS.md rule 12 (bus))\n"
                + "SELECT 1\nFROM t;\n-- check: b (blocking; the mart's key)\nSELECT 2;")).containsExactly(
                new QualityCheck("a", "checks/x.sql", QualityCheck.Severity.WARNING, "INDICATORS.md rule 12 (bus)",
                        "SELECT 1\nFROM t"),
                new QualityCheck("b", "checks/x.sql", QualityCheck.Severity.BLOCKING, "the mart's key", "SELECT 2"));
    }

    @Test
    void aCheckWithoutItsSeverityAndRuleIsRefused() {
        assertThatThrownBy(() -> QualityChecks.parse("checks/x.sql", "-- check: bare\nSELECT 1;"))
                .hasMessageContaining("check bare in checks/x.sql must name its severity and rule");
        assertThatThrownBy(() -> QualityChecks.parse("checks/x.sql", "-- check: no_rule (warning)\nSELECT 1;"))
                .hasMessageContaining("check no_rule in checks/x.sql must name its severity and rule");
        assertThatThrownBy(() -> QualityChecks.parse("checks/x.sql", "-- check: odd (fatal; a rule)\nSELECT 1;"))
                .hasMessageContaining("check odd in checks/x.sql must name its severity and rule");
    }

    @Test
    void everyDeclaredCheckNamesItsRuleAndQualityResultsRecordsIt() throws Exception {
        Path runOutput = RunOutputFixture.write(folder.resolve("run-1"), 3);
        Path building = build(runOutput, List.of());

        new QualityGate(400).check(building, runOutput);

        assertThat(QualityChecks.all()).allSatisfy(check -> assertThat(check.rule()).isNotBlank());
        assertThat(new WarehouseQuery(building).run("SELECT severity, rule FROM quality_results"
                + " WHERE check_name = 'bus_visits_unscheduled'").rows())
                .containsExactly(List.of("WARNING", "INDICATORS.md rule 12: an unscheduled visit row with status"
                        + " COMPLETED counts in completed_visits"));
    }

    private Path build(Path runOutput, List<RunLogEntry> runLog) throws Exception {
        return new WarehouseLoader().build(runOutput, folder.resolve("outreach.duckdb"), folder.resolve("none"),
                runLog, TestWarehouses.PUBLICATION).building();
    }

    private static void overwriteTransactions(Path runOutput, String select) throws Exception {
        Path file = runOutput.resolve("marts/transactions/part-0.parquet");
        Files.delete(file);
        try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:");
             Statement sql = duckdb.createStatement()) {
            sql.execute("COPY (" + select + ") TO '" + file + "' (FORMAT parquet)");
        }
    }
}
