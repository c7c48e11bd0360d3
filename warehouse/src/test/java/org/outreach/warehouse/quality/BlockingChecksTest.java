package org.outreach.warehouse.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.outreach.warehouse.RunOutputFixture;
import org.outreach.warehouse.TestWarehouses;
import org.outreach.warehouse.WarehouseLoader;

/**
 * Every blocking check, its invariant broken on purpose in a real warehouse file built from
 * a consistent run output: the check fails and the gate refuses to publish.
 */
class BlockingChecksTest {

    /** Rows for the marts the fixture leaves empty, at its one location. */
    private static final String CASE = "INSERT INTO meta_cases BY NAME SELECT 'MC-10-00001' AS case_ref,"
            + " 'BUS-A' AS office_code, DATE '2010-06-01' AS opened_on, 'BENEFITS' AS issue_type, 'BENEFITS' AS topic";
    private static final String VISIT = "INSERT INTO bus_visits BY NAME SELECT DATE '2010-06-07' AS visit_date,"
            + " 'BUS-A' AS location_code, 'COMPLETED' AS status, true AS scheduled";
    private static final String EVENT = "INSERT INTO programme_events BY NAME SELECT 'keystone' AS partner,"
            + " 'K-1' AS participant_ref, 'SIGNED_UP' AS event_type, DATE '2010-06-07' AS event_date";
    private static final String BOOKING = "INSERT INTO bookings BY NAME SELECT 'FC-000001' AS booking_id,"
            + " DATE '2010-06-07' AS session_date, 'BUS-A' AS location_code, true AS attended, false AS completed";
    private static final String REFERRAL = "INSERT INTO referrals BY NAME SELECT 'NCU' AS partner,"
            + " 'NCU-1' AS referral_id, DATE '2010-06-07' AS referred_on, 'LOAN' AS referral_type";
    private static final String PERSON = "INSERT INTO persons BY NAME SELECT 'k1' AS person_key";

    /** Per blocking check, the statements that break its invariant, and only what the check guards. */
    private static final Map<String, List<String>> BROKEN = brokenInvariants();

    @TempDir
    static Path shared;
    private static Path runOutput;
    private static Path consistent;

    @TempDir
    Path folder;

    private static Map<String, List<String>> brokenInvariants() {
        Map<String, List<String>> broken = new LinkedHashMap<>();
        broken.put("indicator_values_grain_unique", List.of(
                "INSERT INTO indicator_values SELECT * FROM indicator_values WHERE indicator = 'transactions'"));
        broken.put("indicator_values_not_null", List.of(
                "UPDATE indicator_values SET value = NULL WHERE indicator = 'transactions'"));
        broken.put("indicator_values_accepted_values", List.of(
                "UPDATE indicator_values SET partner = 'acme' WHERE indicator = 'transactions'"));
        broken.put("indicator_values_defined", List.of(
                "DELETE FROM indicator_definitions WHERE indicator = 'transactions'"));
        broken.put("indicator_values_location_exists", List.of(
                "UPDATE indicator_values SET location_code = 'BUS-NOWHERE' WHERE indicator = 'transactions'"));
        broken.put("indicator_values_rate_parts", List.of(
                "UPDATE indicator_values SET denominator = 0 WHERE indicator = 'clients_per_service_day'"));
        broken.put("indicator_definitions_unique", List.of(
                "INSERT INTO indicator_definitions SELECT * FROM indicator_definitions WHERE indicator = 'transactions'"));
        broken.put("transactions_key_unique", List.of(
                "INSERT INTO transactions SELECT * FROM transactions WHERE transaction_key = 'CRM:0'"));
        broken.put("transactions_not_null", List.of(
                "UPDATE transactions SET topic = NULL WHERE transaction_key = 'CRM:0'"));
        broken.put("transactions_accepted_values", List.of(
                "UPDATE transactions SET service = 'LIBRARY' WHERE transaction_key = 'CRM:0'"));
        broken.put("transactions_location_exists", List.of(
                "UPDATE transactions SET location_code = 'BUS-NOWHERE' WHERE transaction_key = 'CRM:0'"));
        broken.put("transactions_person_exists", List.of(
                "UPDATE transactions SET person_key = 'k-nobody' WHERE transaction_key = 'CRM:0'"));
        broken.put("transactions_not_after_as_of", List.of(
                "UPDATE transactions SET transaction_date = DATE '2011-04-01' WHERE transaction_key = 'CRM:0'"));
        broken.put("meta_cases_key_unique", List.of(CASE, CASE));
        broken.put("meta_cases_not_null", List.of(CASE, "UPDATE meta_cases SET opened_on = NULL"));
        broken.put("meta_cases_office_exists", List.of(CASE, "UPDATE meta_cases SET office_code = 'OFF-NOWHERE'"));
        broken.put("meta_cases_accepted_values", List.of(CASE, "UPDATE meta_cases SET outcome = 'LOST'"));
        broken.put("bus_visits_key_unique", List.of(VISIT, VISIT));
        broken.put("bus_visits_not_null", List.of(VISIT, "UPDATE bus_visits SET status = NULL"));
        broken.put("bus_visits_location_exists", List.of(VISIT, "UPDATE bus_visits SET location_code = 'BUS-NOWHERE'"));
        broken.put("bus_visits_accepted_values", List.of(VISIT, "UPDATE bus_visits SET status = 'DONE'"));
        broken.put("programme_events_not_null", List.of(EVENT, "UPDATE programme_events SET event_date = NULL"));
        broken.put("programme_events_accepted_values", List.of(EVENT,
                "UPDATE programme_events SET event_type = 'RETIRED'"));
        broken.put("bookings_key_unique", List.of(BOOKING, BOOKING));
        broken.put("bookings_not_null", List.of(BOOKING, "UPDATE bookings SET session_date = NULL"));
        broken.put("bookings_location_exists", List.of(BOOKING, "UPDATE bookings SET location_code = 'VEN-NOWHERE'"));
        broken.put("referrals_key_unique", List.of(REFERRAL, REFERRAL));
        broken.put("referrals_not_null", List.of(REFERRAL, "UPDATE referrals SET referral_type = NULL"));
        broken.put("referrals_accepted_values", List.of(REFERRAL, "UPDATE referrals SET referral_type = 'GRANT'"));
        broken.put("persons_key_unique", List.of(PERSON, PERSON));
        broken.put("persons_key_not_null", List.of(PERSON, "UPDATE persons SET person_key = NULL"));
        broken.put("locations_key_unique", List.of(
                "INSERT INTO locations SELECT * FROM locations WHERE location_code = 'BUS-A'"));
        broken.put("calendar_key_unique", List.of("INSERT INTO calendar BY NAME SELECT DATE '2010-06-07' AS date",
                "INSERT INTO calendar BY NAME SELECT DATE '2010-06-07' AS date"));
        broken.put("extract_read_equals_written_plus_quarantined", List.of("INSERT INTO run_log BY NAME"
                + " SELECT run_id, 'busVisitsExtractStep' AS step, 'COMPLETED' AS status, 260 AS rows_read,"
                + " 258 AS rows_written, 1 AS rows_quarantined FROM publication"));
        broken.put("warehouse_rows_equal_mart_rows", List.of(
                "DELETE FROM transactions WHERE transaction_key = 'CRM:0'"));
        return broken;
    }

    static Stream<Arguments> blockingChecks() {
        return BROKEN.entrySet().stream().map(broken -> Arguments.of(broken.getKey(), broken.getValue()));
    }

    @Test
    void everyBlockingCheckIsBrokenOnPurposeBelow() {
        assertThat(BROKEN.keySet()).containsExactlyInAnyOrderElementsOf(QualityChecks.all().stream()
                .filter(check -> check.severity() == QualityCheck.Severity.BLOCKING).map(QualityCheck::name).toList());
    }

    /** One consistent warehouse, copied for each case: building it is the slow part. */
    @BeforeAll
    static void givenAWarehouseThatPassesEveryBlockingCheck() throws Exception {
        runOutput = RunOutputFixture.write(shared.resolve("run"), 3);
        consistent = new WarehouseLoader().build(runOutput, shared.resolve("outreach.duckdb"),
                shared.resolve("none"), List.of(), TestWarehouses.PUBLICATION).building();
        assertThat(new QualityGate(400).check(consistent, runOutput).blockingFailures()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("blockingChecks")
    void aBrokenInvariantFailsItsCheckAndBlocksPublication(String check, List<String> breakIt) throws Exception {
        Path building = Files.copy(consistent, folder.resolve("outreach.duckdb.building"));

        execute(building, breakIt);
        // The gate with this check alone: it must block by itself, whatever the others find.
        QualityReport report = new QualityGate(QualityChecks.all().stream()
                .filter(declared -> declared.name().equals(check)).toList(), 400).check(building, runOutput);

        assertThat(report.results()).singleElement().satisfies(result -> {
            assertThat(result.failingRows()).isPositive();
            assertThat(result.blocks()).isTrue();
        });
        assertThat(report.blocksPublication()).isTrue();
    }

    private static void execute(Path building, List<String> statements) throws Exception {
        try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:" + building);
             Statement sql = duckdb.createStatement()) {
            for (String statement : statements) {
                sql.execute(statement);
            }
        }
    }
}
