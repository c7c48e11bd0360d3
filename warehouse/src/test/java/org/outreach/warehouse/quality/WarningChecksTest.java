package org.outreach.warehouse.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outreach.warehouse.RunOutputFixture;
import org.outreach.warehouse.TestWarehouses;
import org.outreach.warehouse.WarehouseQuery;

/**
 * Source data the contracts admit, one record of each oddity beside ordinary ones: the
 * warehouse is published, and each oddity is a warning naming its rule, its count and the
 * offending row.
 */
class WarningChecksTest {

    @TempDir
    Path folder;

    @Test
    void eachAdmittedOddityWarnsAndTheWarehouseIsPublished() throws Exception {
        Path runOutput = runOutputWithEveryAdmittedOddity(folder.resolve("run"));
        Path warehouse = folder.resolve("outreach.duckdb");

        TestWarehouses.publish(runOutput, warehouse);

        assertThat(new WarehouseQuery(warehouse).run("""
                SELECT check_name, failing_rows, example FROM quality_results
                WHERE severity = 'WARNING' AND status = 'FAILED' AND check_name NOT LIKE '%fresh'
                ORDER BY check_name""").rows()).containsExactly(
                List.of("bookings_outcome_without_attendance", 2L, "booking_id=FC-000001, session_date=2010-06-07,"
                        + " location_code=BUS-A, completed=true, feedback=null"),
                List.of("bus_visits_unscheduled", 1L, "location_code=BUS-A, visit_date=2010-06-08, status=COMPLETED,"
                        + " source_file=bus-visits-2010-06.csv, source_line=3"),
                List.of("meta_cases_closed_after_as_of", 1L, "case_ref=MC-10-00002, office_code=BUS-A,"
                        + " closed_on=2011-04-15"),
                List.of("meta_cases_closed_without_outcome", 1L, "case_ref=MC-10-00001, office_code=BUS-A,"
                        + " closed_on=2010-07-01"),
                List.of("programme_events_job_start_before_sign_up", 1L, "partner=keystone, participant_ref=K-1,"
                        + " job_start_on=2010-08-01, signed_up_on=2010-09-01, source_file=keystone-2010-08.csv,"
                        + " source_line=2"),
                List.of("referrals_outcome_after_as_of", 1L, "partner=NCU, referral_id=NCU-2,"
                        + " referred_on=2011-03-28, outcome=COMPLETED, outcome_on=2011-04-10"),
                List.of("referrals_without_crm_customer", 1L, "partner=NCU, referral_id=NCU-1,"
                        + " referred_on=2011-03-01"),
                List.of("transactions_topic_unmapped", 1L, "transaction_key=CRM:1, service=ONE_STOP_BUS,"
                        + " location_code=BUS-A, transaction_date=2010-06-07"));
        assertThat(new WarehouseQuery(warehouse).run("SELECT count(*) FROM quality_results"
                + " WHERE severity = 'BLOCKING' AND status = 'FAILED'").rows()).containsExactly(List.of(0L));
    }

    @Test
    void aWorksPartnerAddedInConfigurationIsAnAcceptedPartnerOfTheFigures() throws Exception {
        Path runOutput = runOutputWithEveryAdmittedOddity(folder.resolve("run"));
        try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:");
             Statement sql = duckdb.createStatement()) {
            sql.execute("CREATE TABLE v AS SELECT * FROM '" + runOutput.resolve("indicator_values/part-0.parquet")
                    + "'");
            sql.execute("INSERT INTO v SELECT 'participants_signed_up', 'THETFORD_WORKS', v.location_code, v.topic,"
                    + " p.partner, v.period_type, v.period, v.value, NULL, NULL"
                    + " FROM v, (VALUES ('keystone'), ('acme')) p(partner) WHERE v.indicator = 'transactions'");
            sql.execute("COPY v TO '" + runOutput.resolve("indicator_values/part-0.parquet") + "' (FORMAT parquet)");
            sql.execute("COPY (SELECT * REPLACE ('acme' AS partner) FROM '" + runOutput.resolve(
                    "marts/programme_events/part-0.parquet") + "') TO '" + runOutput.resolve(
                    "marts/programme_events/part-1.parquet") + "' (FORMAT parquet)");
            sql.execute("COPY (SELECT * REPLACE ('participants_signed_up' AS indicator, 'Participants signed up' AS"
                    + " label, 'outcomes' AS family, 'Sign-ups.' AS definition) FROM '" + runOutput.resolve(
                    "indicator_definitions/part-0.parquet") + "' WHERE indicator = 'transactions') TO '"
                    + runOutput.resolve("indicator_definitions/part-1.parquet") + "' (FORMAT parquet)");
        }

        TestWarehouses.publish(runOutput, folder.resolve("outreach.duckdb"));

        assertThat(new WarehouseQuery(folder.resolve("outreach.duckdb")).run("SELECT DISTINCT partner"
                + " FROM indicator_values WHERE service = 'THETFORD_WORKS' ORDER BY 1").rows())
                .containsExactly(List.of("acme"), List.of("keystone"));
    }

    /** The fixture's run output, its marts holding ordinary records and one of each admitted oddity. */
    private static Path runOutputWithEveryAdmittedOddity(Path runOutput) throws Exception {
        RunOutputFixture.write(runOutput, 3);
        Set<String> marts = Set.of("bookings", "bus_visits", "meta_cases", "programme_events", "referrals");
        try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:");
             Statement sql = duckdb.createStatement()) {
            for (String mart : marts) {
                Files.delete(runOutput.resolve("marts").resolve(mart).resolve("part-0.parquet"));
            }
            RunOutputFixture.writeDataset(sql, runOutput, "marts/bookings", """
                    BY NAME SELECT *, 'BUS-A' AS location_code FROM (VALUES
                      ('FC-000001', DATE '2010-06-07', false, true, NULL),
                      ('FC-000002', DATE '2010-06-07', false, false, 4),
                      ('FC-000003', DATE '2010-06-07', true, true, 5))
                      t(booking_id, session_date, attended, completed, feedback)""");
            RunOutputFixture.writeDataset(sql, runOutput, "marts/bus_visits", """
                    BY NAME SELECT *, 'BUS-A' AS location_code, 'COMPLETED' AS status, 4 AS footfall,
                      'OK' AS broadband, false AS has_notes, 'bus-visits-2010-06.csv' AS source_file
                    FROM (VALUES (DATE '2010-06-07', true, 2), (DATE '2010-06-08', false, 3))
                      t(visit_date, scheduled, source_line)""");
            RunOutputFixture.writeDataset(sql, runOutput, "marts/meta_cases", """
                    BY NAME SELECT *, 'BUS-A' AS office_code, DATE '2010-06-01' AS opened_on, 'PL' AS nationality,
                      'HOUSING' AS issue_type, 'HOUSING' AS topic
                    FROM (VALUES
                      ('MC-10-00001', DATE '2010-07-01', NULL),
                      ('MC-10-00002', DATE '2011-04-15', 'REHOUSED'),
                      ('MC-10-00003', DATE '2010-07-01', 'SIGNPOSTED'),
                      ('MC-10-00004', NULL, NULL))
                      t(case_ref, closed_on, outcome)""");
            RunOutputFixture.writeDataset(sql, runOutput, "marts/programme_events", """
                    BY NAME SELECT *, 'keystone' AS partner, 'K-1' AS participant_ref, 'k1' AS person_key,
                      '25-34' AS age_band, 'IP24' AS postcode_district
                    FROM (VALUES
                      ('SIGNED_UP', DATE '2010-09-01', 'keystone-2010-09.csv', 2),
                      ('JOB_START', DATE '2010-08-01', 'keystone-2010-08.csv', 2),
                      ('JOB_START', DATE '2010-10-01', 'keystone-2010-10.csv', 2))
                      t(event_type, event_date, source_file, source_line)""");
            RunOutputFixture.writeDataset(sql, runOutput, "marts/referrals", """
                    BY NAME SELECT *, 'NCU' AS partner, 'LOAN' AS referral_type
                    FROM (VALUES
                      ('NCU-1', NULL, DATE '2011-03-01', NULL, NULL),
                      ('NCU-2', 12, DATE '2011-03-28', 'COMPLETED', DATE '2011-04-10'),
                      ('NCU-3', 13, DATE '2011-03-02', 'DECLINED', DATE '2011-03-09'))
                      t(referral_id, crm_customer_id, referred_on, outcome, outcome_on)""");
            Path transactions = runOutput.resolve("marts/transactions/part-0.parquet");
            sql.execute("CREATE TABLE t AS SELECT * REPLACE (CASE transaction_key WHEN 'CRM:1' THEN 'UNMAPPED'"
                    + " ELSE topic END AS topic) FROM '" + transactions + "'");
            sql.execute("COPY t TO '" + transactions + "' (FORMAT parquet)");
        }
        return runOutput;
    }
}
