package org.outreach.warehouse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Set;

/**
 * Writes a small transform run output (real Parquet files) as the Spark transform lays it out,
 * consistent enough to pass the quality gate: BUS transactions at location BUS-A, anonymous.
 */
public final class RunOutputFixture {

    /** The marts these tests do not look into: present, with their columns, and empty. */
    private static final String[][] OTHER_MARTS = {
        {"meta_cases", "'' case_ref, '' office_code, DATE '2010-01-01' opened_on, DATE '2010-01-01' closed_on,"
            + " '' person_key, '' age_band, '' postcode_district, '' nationality, '' issue_type, '' topic, '' outcome"},
        {"bus_visits", "DATE '2010-01-01' visit_date, '' location_code, '' status, '' cancel_reason, 0::BIGINT footfall,"
            + " '' broadband, true has_notes, true scheduled, '' source_file, 0::BIGINT source_line"},
        {"scheduled_visits", "'' location_code, DATE '2010-01-01' visit_date, '' arrive"},
        {"bus_schedule", "'' AS location_code, '' AS weekday, '' AS weeks, '' AS arrive, '' AS depart, DATE '2010-01-01' AS valid_from,"
            + " DATE '2010-01-01' AS valid_to, true AS is_current"},
        {"programme_events", "'' partner, '' participant_ref, '' person_key, '' event_type, DATE '2010-01-01'"
            + " event_date, '' age_band, '' postcode_district, '' source_file, 0::BIGINT source_line"},
        {"bookings", "'' booking_id, DATE '2010-01-01' session_date, '' location_code, '' person_key, '' age_band,"
            + " '' postcode_district, true attended, true completed, 0::BIGINT feedback"},
        {"referrals", "'' partner, '' referral_id, 0::BIGINT crm_customer_id, DATE '2010-01-01' referred_on,"
            + " '' referral_type, '' outcome, DATE '2010-01-01' outcome_on"},
        {"persons", "'' person_key, DATE '2010-01-01' first_seen, DATE '2010-01-01' last_seen, 0::BIGINT transactions,"
            + " 0 service_count, '' services"},
        {"calendar", "DATE '2010-01-01' AS date, '' AS weekday, '' AS month, '' AS financial_year"},
    };

    private RunOutputFixture() {
    }

    /** The marts other than transactions and locations, present with their columns and empty, but for those named. */
    public static void writeEmptyMarts(Statement sql, Path runOutput, Set<String> except) throws Exception {
        for (String[] mart : OTHER_MARTS) {
            if (!except.contains(mart[0])) {
                Path folder = Files.createDirectories(runOutput.resolve("marts").resolve(mart[0]));
                sql.execute("COPY (SELECT " + mart[1] + " WHERE false) TO '" + folder.resolve("part-0.parquet")
                        + "' (FORMAT parquet)");
            }
        }
    }

    public static Path write(Path runOutput, int busTransactions) throws Exception {
        Files.createDirectories(runOutput.resolve("indicator_values"));
        Files.createDirectories(runOutput.resolve("marts/transactions"));
        try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:");
             Statement sql = duckdb.createStatement()) {
            sql.execute("COPY (SELECT * FROM (VALUES"
                    + " ('transactions', 'ONE_STOP_BUS', 'ALL', 'ALL', 'ALL', 'FY', '2010/11', "
                    + busTransactions + "::DOUBLE, NULL::DOUBLE, NULL::DOUBLE),"
                    + " ('clients_per_service_day', 'ONE_STOP_BUS', 'ALL', 'ALL', 'ALL', 'FY', '2010/11',"
                    + " 1.5, 3, 2)"
                    + ") t(indicator, service, location_code, topic, partner, period_type, period, value, numerator,"
                    + " denominator)) TO '" + runOutput.resolve("indicator_values/part-0.parquet") + "' (FORMAT parquet)");
            sql.execute("COPY (SELECT 'CRM:' || i AS transaction_key, 'CRM' AS source, i::VARCHAR AS source_id,"
                    + " i::BIGINT AS source_id_num, 'ONE_STOP_BUS' AS service, 'BUS-A' AS location_code,"
                    + " 'BENEFITS' AS topic, DATE '2010-06-07' AS transaction_date,"
                    + " TIMESTAMP '2010-06-07 10:00' AS occurred_at, NULL::VARCHAR AS person_key"
                    + " FROM range(" + busTransactions + ") r(i)) TO '"
                    + runOutput.resolve("marts/transactions/part-0.parquet") + "' (FORMAT parquet)");
            sql.execute("COPY (SELECT * FROM (VALUES ('transactions', 'Transactions', 'uptake', 'COUNT', 'COUNT',"
                    + " 'Count of transactions.'), ('clients_per_service_day', 'Clients per service day', 'uptake',"
                    + " 'MEAN', 'AVERAGE', 'Mean distinct persons per service day.'))"
                    + " t(indicator, label, family, kind, unit, definition)) TO '"
                    + Files.createDirectories(runOutput.resolve("indicator_definitions")).resolve("part-0.parquet")
                    + "' (FORMAT parquet)");
            sql.execute("COPY (SELECT 'BUS-A' location_code, 'Bus stop A' name, 'BUS_STOP' kind, 'A' parish,"
                    + " 'Breckland' district, 52.4 latitude, 0.7 longitude, 'NONE' broadband, '' aliases) TO '"
                    + Files.createDirectories(runOutput.resolve("marts/locations")).resolve("part-0.parquet")
                    + "' (FORMAT parquet)");
            writeEmptyMarts(sql, runOutput, Set.of());
        }
        return runOutput;
    }
}
