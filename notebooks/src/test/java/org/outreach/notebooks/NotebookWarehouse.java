package org.outreach.notebooks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.outreach.warehouse.DeclaredTable;
import org.outreach.warehouse.Publication;
import org.outreach.warehouse.WarehouseHistory;
import org.outreach.warehouse.WarehouseLoader;
import org.outreach.warehouse.WarehouseSchema;

/**
 * A small published warehouse for the notebooks: a transform run output written with DuckDB
 * (real Parquet, the transform's layout) and loaded and published by the real warehouse code,
 * so the notebooks meet the real schema. Three months of 2010/11 at two bus stops and an office;
 * the figures are computed from the transactions, so they agree with the facts, and stop BUS-B,
 * with few transactions per visit, is flagged for review in the third month. For the funding
 * review: BUS-B leaves the bus schedule in June and BUS-C joins it in May; two Thetford Works!
 * partners, First Click sessions and the funding of two services have figures.
 */
final class NotebookWarehouse {

    /** Transactions per stop and month, and the completed visits behind transactions_per_visit. */
    private static final String PLAN = """
            CREATE TABLE plan AS SELECT * FROM (VALUES
              ('ONE_STOP_BUS', 'BUS-A', 'CRM', DATE '2010-04-01', 12, 2),
              ('ONE_STOP_BUS', 'BUS-A', 'CRM', DATE '2010-05-01', 10, 2),
              ('ONE_STOP_BUS', 'BUS-A', 'CRM', DATE '2010-06-01', 9, 2),
              ('ONE_STOP_BUS', 'BUS-B', 'CRM', DATE '2010-04-01', 3, 4),
              ('ONE_STOP_BUS', 'BUS-B', 'CRM', DATE '2010-05-01', 2, 4),
              ('ONE_STOP_BUS', 'BUS-B', 'CRM', DATE '2010-06-01', 4, 4),
              ('META', 'OFF-THETFORD', 'META', DATE '2010-04-01', 8, NULL),
              ('META', 'OFF-THETFORD', 'META', DATE '2010-05-01', 6, NULL),
              ('META', 'OFF-THETFORD', 'META', DATE '2010-06-01', 7, NULL)
            ) t(service, location_code, source, month, transactions, completed_visits)
            """;

    private static final String TRANSACTIONS = """
            INSERT INTO transactions BY NAME
            WITH rows AS (SELECT *, unnest(range(transactions)) AS i FROM plan)
            SELECT source || ':' || row_number() OVER (ORDER BY month, location_code, i) AS transaction_key,
                   source, (row_number() OVER (ORDER BY month, location_code, i))::VARCHAR AS source_id,
                   service, location_code,
                   (['BENEFITS', 'HOUSING', 'TAX'])[1 + i % 3] AS topic,
                   month + (i % 20)::INTEGER AS transaction_date,
                   CAST(month + (i % 20)::INTEGER AS TIMESTAMP) + INTERVAL 10 HOUR AS occurred_at,
                   -- one anonymous transaction a month per location; some bus clients also use META
                   CASE WHEN i = 0 THEN NULL
                        WHEN service = 'META' THEN 'P' || (i % 5 + 3)
                        ELSE 'P' || (i % 6) END AS person_key
            FROM rows
            """;

    private static final String PERSONS = """
            INSERT INTO persons BY NAME
            SELECT person_key, min(transaction_date) AS first_seen, max(transaction_date) AS last_seen,
                   count(*) AS transactions, count(DISTINCT service) AS service_count,
                   string_agg(DISTINCT service, ',' ORDER BY service) AS services
            FROM transactions WHERE person_key IS NOT NULL GROUP BY person_key
            """;

    private static final String LOCATIONS = """
            INSERT INTO locations VALUES
              ('BUS-A', 'Ashill village hall', 'BUS_STOP', 'Ashill', 'BRECKLAND', 52.60, 0.78, 'POOR', ''),
              ('BUS-B', 'Beeston green', 'BUS_STOP', 'Beeston', 'BRECKLAND', 52.71, 0.80, 'NONE', ''),
              ('OFF-THETFORD', 'Thetford office', 'OFFICE', 'Thetford', 'BRECKLAND', 52.41, 0.75, 'GOOD',
               'META Thetford'),
              ('BUS-C', 'Caston church', 'BUS_STOP', 'Caston', 'BRECKLAND', 52.55, 0.90, 'GOOD', ''),
              ('VEN-WATTON', 'Watton library', 'VENUE', 'Watton', 'BRECKLAND', 52.57, 0.83, 'GOOD', '')
            """;

    /** Uptake per service (and location, and ALL) by month and financial year; bus operations per stop-month. */
    private static final String INDICATOR_VALUES = """
            INSERT INTO indicator_values BY NAME
            WITH t AS (
                SELECT *, strftime(transaction_date, '%Y-%m') AS month,
                       min(transaction_date) OVER (PARTITION BY service, person_key) AS first_date
                FROM transactions),
            periods AS (
                SELECT *, 'MONTH' AS period_type, month AS period,
                       strftime(first_date, '%Y-%m') = month AS first_in_period FROM t
                UNION ALL
                SELECT *, 'FY', '2010/11', true FROM t),
            uptake AS (
                SELECT unnest(['transactions', 'anonymous_transactions', 'unique_clients', 'new_clients',
                               'service_days', 'clients_per_service_day']) AS indicator,
                       service, coalesce(location_code, 'ALL') AS location_code, 'ALL' AS topic,
                       'ALL' AS partner, period_type, period,
                       unnest([count(*), count(*) FILTER (WHERE person_key IS NULL),
                               count(DISTINCT person_key),
                               count(DISTINCT person_key) FILTER (WHERE first_in_period),
                               count(DISTINCT transaction_date),
                               count(DISTINCT person_key) / count(DISTINCT transaction_date)])::DOUBLE AS value,
                       NULL::DOUBLE AS numerator, NULL::DOUBLE AS denominator
                FROM periods
                GROUP BY GROUPING SETS ((service, location_code, period_type, period), (service, period_type, period))),
            per_visit AS (
                SELECT 'transactions_per_visit' AS indicator, p.service, p.location_code, 'ALL' AS topic,
                       'ALL' AS partner, 'MONTH' AS period_type, strftime(p.month, '%Y-%m') AS period,
                       p.transactions / p.completed_visits AS value,
                       p.transactions::DOUBLE AS numerator, p.completed_visits::DOUBLE AS denominator
                FROM plan p WHERE p.service = 'ONE_STOP_BUS'),
            review AS (
                SELECT 'review_flag' AS indicator, service, location_code, topic, partner, period_type, period,
                       CASE WHEN count(*) OVER recent = 3 AND max(value) OVER recent < 2.0 THEN 1 ELSE 0 END::DOUBLE
                         AS value,
                       NULL::DOUBLE AS numerator, NULL::DOUBLE AS denominator
                FROM per_visit
                WINDOW recent AS (PARTITION BY location_code ORDER BY period ROWS 2 PRECEDING))
            SELECT * FROM uptake UNION ALL SELECT * FROM per_visit UNION ALL SELECT * FROM review
            """;

    /** Thetford Works! per partner, First Click per month and year, and value for money (FY 2010/11), all locations. */
    private static final String PROGRAMME = """
            INSERT INTO indicator_values BY NAME
            SELECT *, 'ALL' AS location_code, 'ALL' AS topic
            FROM (VALUES
              ('participants_signed_up', 'THETFORD_WORKS', 'keystone', 'FY', '2010/11', 28, NULL, NULL),
              ('cvs_completed', 'THETFORD_WORKS', 'keystone', 'FY', '2010/11', 12, NULL, NULL),
              ('job_starts', 'THETFORD_WORKS', 'keystone', 'FY', '2010/11', 2, NULL, NULL),
              ('job_start_rate', 'THETFORD_WORKS', 'keystone', 'FY', '2010/11', 2 / 28, 2, 28),
              ('participants_signed_up', 'THETFORD_WORKS', 'workwise', 'FY', '2010/11', 27, NULL, NULL),
              ('cvs_completed', 'THETFORD_WORKS', 'workwise', 'FY', '2010/11', 9, NULL, NULL),
              ('job_starts', 'THETFORD_WORKS', 'workwise', 'FY', '2010/11', 1, NULL, NULL),
              ('job_start_rate', 'THETFORD_WORKS', 'workwise', 'FY', '2010/11', 1 / 27, 1, 27),
              ('bookings', 'FIRST_CLICK', 'ALL', 'MONTH', '2010-04', 10, NULL, NULL),
              ('attendances', 'FIRST_CLICK', 'ALL', 'MONTH', '2010-04', 8, NULL, NULL),
              ('completions', 'FIRST_CLICK', 'ALL', 'MONTH', '2010-04', 6, NULL, NULL),
              ('bookings', 'FIRST_CLICK', 'ALL', 'MONTH', '2010-05', 12, NULL, NULL),
              ('attendances', 'FIRST_CLICK', 'ALL', 'MONTH', '2010-05', 9, NULL, NULL),
              ('completions', 'FIRST_CLICK', 'ALL', 'MONTH', '2010-05', 9, NULL, NULL),
              ('bookings', 'FIRST_CLICK', 'ALL', 'FY', '2010/11', 22, NULL, NULL),
              ('attendances', 'FIRST_CLICK', 'ALL', 'FY', '2010/11', 17, NULL, NULL),
              ('completions', 'FIRST_CLICK', 'ALL', 'FY', '2010/11', 15, NULL, NULL),
              ('attendance_rate', 'FIRST_CLICK', 'ALL', 'FY', '2010/11', 17 / 22, 17, 22),
              ('completion_rate', 'FIRST_CLICK', 'ALL', 'FY', '2010/11', 15 / 17, 15, 17),
              ('funding_gbp', 'META', 'ALL', 'FY', '2010/11', 30000, NULL, NULL),
              ('cost_per_client', 'META', 'ALL', 'FY', '2010/11', 30000 / 5, 30000, 5),
              ('cost_per_transaction', 'META', 'ALL', 'FY', '2010/11', 30000 / 21, 30000, 21),
              ('funding_gbp', 'ONE_STOP_BUS', 'ALL', 'FY', '2010/11', 12000, NULL, NULL),
              ('cost_per_client', 'ONE_STOP_BUS', 'ALL', 'FY', '2010/11', 12000 / 6, 12000, 6),
              ('cost_per_transaction', 'ONE_STOP_BUS', 'ALL', 'FY', '2010/11', 12000 / 40, 12000, 40)
            ) t(indicator, service, partner, period_type, period, value, numerator, denominator)
            """;

    /** The bus schedule's history: BUS-A all along, BUS-B until mid-June, BUS-C from May. */
    private static final String BUS_SCHEDULE = """
            INSERT INTO bus_schedule VALUES
              ('BUS-A', 'TUE', 'ALL', '10:00', '12:00', DATE '2010-04-01', NULL, true),
              ('BUS-B', 'WED', 'ALL', '10:00', '12:00', DATE '2010-04-01', DATE '2010-06-15', false),
              ('BUS-C', 'THU', 'ALL', '10:00', '12:00', DATE '2010-05-01', NULL, true)
            """;

    /** Completed visits as the plan has them, each with the broadband the crew recorded. */
    private static final String BUS_VISITS = """
            INSERT INTO bus_visits BY NAME
            SELECT p.month + (7 * v)::INTEGER AS visit_date, p.location_code, 'COMPLETED' AS status,
                   NULL::VARCHAR AS cancel_reason, 5::BIGINT AS footfall,
                   CASE p.location_code WHEN 'BUS-A' THEN 'OK' ELSE 'POOR' END AS broadband,
                   false AS has_notes, true AS scheduled, 'bus-visits.csv' AS source_file, v::BIGINT AS source_line
            FROM plan p, range(p.completed_visits) r(v)
            WHERE p.service = 'ONE_STOP_BUS'
            """;

    private static final String INDICATOR_DEFINITIONS = """
            INSERT INTO indicator_definitions VALUES
              ('transactions', 'Transactions', 'uptake', 'COUNT', 'COUNT', 'Count of transactions.'),
              ('anonymous_transactions', 'Anonymous transactions', 'uptake', 'COUNT', 'COUNT', 'Transactions with no person key.'),
              ('unique_clients', 'Unique clients', 'uptake', 'COUNT', 'COUNT', 'Distinct persons among the transactions.'),
              ('new_clients', 'New clients', 'uptake', 'COUNT', 'COUNT', 'Persons whose first ever transaction with the service falls in the period.'),
              ('transactions_per_visit', 'Transactions per bus visit', 'bus operations', 'RATE', 'AVERAGE', 'Bus transactions / completed_visits.'),
              ('review_flag', 'Stop flagged for review', 'bus operations', 'FLAG', 'FLAG', 'Per stop and month: 1 when transactions_per_visit was below the review threshold in this month and each of the two months before.')
            """;

    private NotebookWarehouse() {
    }

    /** Publishes the warehouse as {@code <dir>/warehouse/outreach.duckdb} and returns that file. */
    static Path publish(Path dir) throws Exception {
        Path runOutput = dir.resolve("run");
        try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:");
             Statement sql = duckdb.createStatement()) {
            sql.execute(PLAN);
            // Every table of the run output as the warehouse declares it; those not filled below stay empty.
            for (DeclaredTable table : WarehouseSchema.declaredTables()) {
                sql.execute(table.emptySql());
            }
            for (String rows : List.of(TRANSACTIONS, PERSONS, LOCATIONS, INDICATOR_VALUES, PROGRAMME,
                    INDICATOR_DEFINITIONS, BUS_SCHEDULE, BUS_VISITS)) {
                sql.execute(rows);
            }
            for (DeclaredTable table : WarehouseSchema.declaredTables()) {
                copy(sql, table.name(), runOutput.resolve(table.dataset().name()));
            }
        }
        Path warehouse = dir.resolve("warehouse/outreach.duckdb");
        WarehouseLoader.LoadResult loaded = new WarehouseLoader().build(runOutput, warehouse,
                dir.resolve("lake/raw/_quarantine"), List.of(),
                new Publication("20100701T020000000", LocalDate.of(2010, 6, 30)));
        new WarehouseHistory(warehouse, 1).publish(loaded.building());
        return warehouse;
    }

    private static void copy(Statement sql, String table, Path folder) throws Exception {
        Files.createDirectories(folder);
        sql.execute("COPY " + table + " TO '" + folder.resolve("part-0.parquet") + "' (FORMAT parquet)");
    }
}
