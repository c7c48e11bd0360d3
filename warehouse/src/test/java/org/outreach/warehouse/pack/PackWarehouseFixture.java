package org.outreach.warehouse.pack;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.outreach.warehouse.DeclaredTable;
import org.outreach.warehouse.DuckDbFiles;
import org.outreach.warehouse.WarehouseSchema;

/**
 * A small published warehouse as the funder pack reads it: two months and the year of FY
 * 2010/11, a month before it and the next FY; counts under and over the threshold, rates,
 * a mean, review_flag and funding_gbp; each indicator's label and unit, and the locations'
 * names. Its tables are the warehouse's own: each declared dataset's columns and comments, and
 * publication's SQL file.
 */
final class PackWarehouseFixture {

    static final String RUN_ID = "run-2011-04-02";

    private PackWarehouseFixture() {
    }

    static Path write(Path file) throws Exception {
        try (Connection connection = DuckDbFiles.readWrite(file); Statement sql = connection.createStatement()) {
            create(sql, "indicator_values");
            sql.execute("INSERT INTO indicator_values VALUES"
                    + " ('transactions', 'ONE_STOP_BUS', 'ALL', 'ALL', 'ALL', 'FY', '2010/11', 40.0, NULL, NULL),"
                    + " ('transactions', 'ONE_STOP_BUS', 'BUS-A', 'ALL', 'ALL', 'FY', '2010/11', 2.0, NULL, NULL),"
                    + " ('transactions', 'ONE_STOP_BUS', 'BUS-B', 'ALL', 'ALL', 'FY', '2010/11', 9.0, NULL, NULL),"
                    + " ('transactions', 'ONE_STOP_BUS', 'BUS-C', 'ALL', 'ALL', 'FY', '2010/11', 29.0, NULL, NULL),"
                    + " ('transactions', 'ONE_STOP_BUS', 'ALL', 'ALL', 'ALL', 'MONTH', '2010-11', 2.0, NULL, NULL),"
                    + " ('transactions', 'ONE_STOP_BUS', 'BUS-A', 'ALL', 'ALL', 'MONTH', '2010-11', 2.0, NULL, NULL),"
                    + " ('transactions', 'ONE_STOP_BUS', 'ALL', 'ALL', 'ALL', 'MONTH', '2010-12', 0.0, NULL, NULL),"
                    + " ('transactions', 'ONE_STOP_BUS', 'BUS-A', 'ALL', 'ALL', 'MONTH', '2010-12', 0.0, NULL, NULL),"
                    + " ('transactions', 'ONE_STOP_BUS', 'BUS-A', 'ALL', 'ALL', 'MONTH', '2010-03', 6.0, NULL, NULL),"
                    + " ('transactions', 'META', 'OFF-1', 'HOUSING', 'ALL', 'FY', '2011/12', 7.0, NULL, NULL),"
                    + " ('transactions', 'META', 'OFF-1', 'HOUSING', 'ALL', 'MONTH', '2011-04', 7.0, NULL, NULL),"
                    + " ('visit_completion_rate', 'ONE_STOP_BUS', 'BUS-A', 'ALL', 'ALL', 'FY', '2010/11', 0.75, 15.0, 20.0),"
                    + " ('visit_completion_rate', 'ONE_STOP_BUS', 'BUS-B', 'ALL', 'ALL', 'FY', '2010/11', 0.5, 2.0, 4.0),"
                    + " ('review_flag', 'ONE_STOP_BUS', 'BUS-A', 'ALL', 'ALL', 'MONTH', '2010-12', 1.0, NULL, NULL),"
                    + " ('mean_feedback', 'FIRST_CLICK', 'VEN-1', 'ALL', 'ALL', 'MONTH', '2010-11', 4.2, 42.0, 10.0),"
                    + " ('referrals', 'REFERRALS', 'ALL', 'ALL', 'NCU', 'FY', '2010/11', 12.0, NULL, NULL),"
                    + " ('funding_gbp', 'ALL', 'ALL', 'ALL', 'ALL', 'FY', '2010/11', 12345.5, NULL, NULL),"
                    + " ('cost_per_client', 'ALL', 'ALL', 'ALL', 'ALL', 'FY', '2010/11', 246.91, 12345.5, 50.0)");
            create(sql, "indicator_definitions");
            sql.execute("INSERT INTO indicator_definitions VALUES"
                    + " ('transactions', 'Transactions', 'uptake', 'COUNT', 'COUNT', 'Count of transactions.'),"
                    + " ('visit_completion_rate', 'Bus visit completion rate', 'bus operations', 'RATE', 'PROPORTION',"
                    + " 'completed_visits / scheduled_visits.'),"
                    + " ('review_flag', 'Stop flagged for review', 'bus operations', 'FLAG', 'FLAG',"
                    + " '1 when a stop was below the threshold three months running.'),"
                    + " ('mean_feedback', 'Mean feedback score', 'outcomes', 'MEAN', 'AVERAGE',"
                    + " 'Mean feedback over attended bookings with a score.'),"
                    + " ('referrals', 'Referrals', 'outcomes', 'COUNT', 'COUNT',"
                    + " 'Referrals by referred_on, per partner.'),"
                    + " ('funding_gbp', 'Funding (£)', 'value for money', 'MONEY', 'POUNDS', 'Funding rows overlapping"
                    + " the FY, pro rata by days.'),"
                    + " ('cost_per_client', 'Cost per client (£)', 'value for money', 'COST', 'POUNDS',"
                    + " 'funding_gbp / unique_clients of the services funded.')");
            create(sql, "marts/locations");
            sql.execute("INSERT INTO locations BY NAME SELECT * FROM (VALUES ('BUS-A', 'Attleborough market'),"
                    + " ('BUS-B', 'Banham'), ('BUS-C', 'Carbrooke village hall'), ('VEN-1', 'Thetford library'),"
                    + " ('OFF-1', 'Thetford office')) t(location_code, name)");
            sql.execute(WarehouseSchema.sql("tables/publication.sql"));
            sql.execute("INSERT INTO publication VALUES ('" + RUN_ID + "', DATE '2011-04-01',"
                    + " TIMESTAMP '2011-04-02 02:30')");
            create(sql, "marts/transactions");
            sql.execute("INSERT INTO transactions BY NAME SELECT * FROM (VALUES ('CRM'), ('CRM'), ('CRM'), ('META'))"
                    + " t(source)");
            create(sql, "marts/meta_cases");
            sql.execute("INSERT INTO meta_cases BY NAME SELECT 'MC-1' AS case_ref");
            create(sql, "marts/bus_visits");
            sql.execute("INSERT INTO bus_visits BY NAME SELECT * FROM (VALUES (DATE '2010-11-01'), (DATE '2010-12-01'))"
                    + " t(visit_date)");
            create(sql, "marts/programme_events");
            create(sql, "marts/bookings");
            sql.execute("INSERT INTO bookings BY NAME SELECT 'FC-1' AS booking_id");
            create(sql, "marts/referrals");
            sql.execute("INSERT INTO referrals BY NAME SELECT * FROM (VALUES ('R1'), ('R2')) t(referral_id)");
        }
        return file;
    }

    /** The warehouse table of a declared dataset, empty, with its declared columns and comments. */
    private static void create(Statement sql, String dataset) throws Exception {
        sql.execute(DeclaredTable.of(dataset).emptySql());
    }

    static void forget(Path file, String indicator) throws Exception {
        try (Connection connection = DuckDbFiles.readWrite(file); Statement sql = connection.createStatement()) {
            sql.execute("DELETE FROM indicator_definitions WHERE indicator = '" + indicator + "'");
        }
    }

    static void forgetLocation(Path file, String locationCode) throws Exception {
        try (Connection connection = DuckDbFiles.readWrite(file); Statement sql = connection.createStatement()) {
            sql.execute("DELETE FROM locations WHERE location_code = '" + locationCode + "'");
        }
    }
}
