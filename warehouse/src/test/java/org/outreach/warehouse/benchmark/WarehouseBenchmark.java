package org.outreach.warehouse.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.outreach.warehouse.DuckDbFiles;
import org.outreach.warehouse.Publication;
import org.outreach.warehouse.RunOutputFixture;
import org.outreach.warehouse.WarehouseHistory;
import org.outreach.warehouse.WarehouseLoader;
import org.outreach.warehouse.quality.QualityGate;
import org.outreach.warehouse.quality.QualityReport;

/**
 * Publish time (build, quality gate, swap) and the latency of the ten analyst queries we
 * expect most, each through a fresh read-only connection as {@code ./outreach query} makes.
 * Over a transform run's output ({@code --run-output DIR}, e.g. the demo's
 * data/lake/runs/RUN_ID) or a generated estate of N transactions ({@code --generate N}).
 * A program, not a test; see docs/benchmarks.md.
 */
public final class WarehouseBenchmark {

    private static final int REPETITIONS = 30;

    /** The questions analysts ask most, as they would ask them. */
    private static final Map<String, String> QUERIES = new java.util.LinkedHashMap<>();

    static {
        QUERIES.put("uptake per service, one FY", "SELECT service, indicator, value FROM v_indicators"
                + " WHERE period = '2010/11' AND location_code = 'ALL' AND topic = 'ALL' AND partner = 'ALL'"
                + " AND indicator IN ('transactions', 'unique_clients', 'new_clients') ORDER BY ALL");
        QUERIES.put("monthly trend of one service", "SELECT period, value FROM v_indicators"
                + " WHERE indicator = 'transactions' AND service = 'ONE_STOP_BUS' AND period_type = 'MONTH'"
                + " AND location_code = 'ALL' AND topic = 'ALL' ORDER BY period");
        QUERIES.put("transactions per location, one FY", "SELECT location_code, value FROM v_indicators"
                + " WHERE indicator = 'transactions' AND period = '2010/11' AND topic = 'ALL'"
                + " AND location_code <> 'ALL' ORDER BY value DESC");
        QUERIES.put("topics of one service, one FY", "SELECT topic, value FROM v_indicators"
                + " WHERE indicator = 'transactions' AND service = 'META' AND period = '2010/11'"
                + " AND location_code = 'ALL' ORDER BY value DESC");
        QUERIES.put("one indicator with its definition", "SELECT v.period, v.value, d.definition"
                + " FROM v_indicators v JOIN indicator_definitions d USING (indicator)"
                + " WHERE v.indicator = 'unique_clients' AND v.service = 'META' AND v.location_code = 'ALL'"
                + " AND v.topic = 'ALL'");
        QUERIES.put("facts: transactions per service and month", "SELECT service,"
                + " date_trunc('month', transaction_date) AS month, count(*) FROM transactions GROUP BY ALL ORDER BY ALL");
        QUERIES.put("facts: distinct clients per service, one FY", "SELECT service, count(DISTINCT person_key)"
                + " FROM transactions WHERE transaction_date BETWEEN DATE '2010-04-01' AND DATE '2011-03-31'"
                + " GROUP BY ALL ORDER BY ALL");
        QUERIES.put("facts: transactions per district", "SELECT l.district, count(*) FROM transactions t"
                + " JOIN locations l USING (location_code) GROUP BY ALL ORDER BY 2 DESC");
        QUERIES.put("persons using two or more services", "SELECT service_count, count(*) FROM persons"
                + " WHERE service_count >= 2 GROUP BY ALL ORDER BY ALL");
        QUERIES.put("data dictionary of a table", "SELECT column_name, data_type, comment FROM duckdb_columns()"
                + " WHERE table_name = 'transactions'");
    }

    private WarehouseBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2 || !Arrays.asList("--run-output", "--generate").contains(args[0])) {
            System.err.println("usage: WarehouseBenchmark --run-output DIR | --generate TRANSACTIONS");
            System.exit(2);
        }
        Path work = Files.createTempDirectory("outreach-warehouse-benchmark-");
        try {
            Path runOutput = args[0].equals("--run-output") ? Path.of(args[1])
                    : GeneratedEstate.write(work.resolve("run"), Long.parseLong(args[1]));
            Path warehouse = work.resolve("warehouse/outreach.duckdb");
            for (int publish = 1; publish <= 2; publish++) {
                publish(runOutput, warehouse, publish);
            }
            System.out.printf("%-45s %9s %9s   (%d runs each, fresh read-only connection)%n", "query", "p50 ms",
                    "p95 ms", REPETITIONS);
            for (Map.Entry<String, String> query : QUERIES.entrySet()) {
                double[] millis = time(warehouse, query.getValue());
                System.out.printf("%-45s %9.1f %9.1f%n", query.getKey(), percentile(millis, 50),
                        percentile(millis, 95));
            }
        } finally {
            try (Stream<Path> files = Files.walk(work)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    private static void publish(Path runOutput, Path warehouse, int publish) throws Exception {
        long start = System.nanoTime();
        WarehouseLoader.LoadResult loaded = new WarehouseLoader().build(runOutput, warehouse, Path.of("none"),
                List.of(), new Publication("benchmark-" + publish, LocalDate.of(2011, 3, 31)));
        long built = System.nanoTime();
        QualityReport report = new QualityGate(40).check(loaded.building(), runOutput);
        long checked = System.nanoTime();
        new WarehouseHistory(warehouse, 1).publish(loaded.building());
        long swapped = System.nanoTime();
        System.out.printf("publish %d: build %.1f s, quality gate %.1f s (%s), swap %.1f ms; %,d transactions,"
                        + " %,d indicator rows, file %,d MB%n", publish, (built - start) / 1e9, (checked - built) / 1e9,
                report.blocksPublication() ? "BLOCKED" : report.results().size() + " checks",
                (swapped - checked) / 1e6, loaded.transactionRows(), loaded.indicatorRows(),
                Files.size(warehouse) / 1_000_000);
    }

    private static double[] time(Path warehouse, String sql) throws Exception {
        double[] millis = new double[REPETITIONS];
        for (int i = 0; i < REPETITIONS; i++) {
            long start = System.nanoTime();
            try (Connection connection = DuckDbFiles.readOnly(warehouse);
                 Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery(sql)) {
                while (rows.next()) {
                    rows.getObject(1);
                }
            }
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        return millis;
    }

    private static double percentile(double[] values, int percentile) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)];
    }

    /** A run output shaped like the transform's, with N transactions over a year and a half. */
    static final class GeneratedEstate {

        private GeneratedEstate() {
        }

        static Path write(Path runOutput, long transactions) throws Exception {
            System.out.printf("generating a run output of %,d transactions...%n", transactions);
            try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:");
                 Statement sql = duckdb.createStatement()) {
                RunOutputFixture.writeDataset(sql, runOutput, "marts/locations", "BY NAME SELECT"
                        + " 'LOC-' || lpad(i::VARCHAR, 3, '0') AS location_code,"
                        + " 'Location ' || i AS name, CASE WHEN i % 4 = 0 THEN 'OFFICE' ELSE 'BUS_STOP' END AS kind,"
                        + " 'Parish ' || i AS parish, CASE WHEN i % 2 = 0 THEN 'Breckland' ELSE 'King''s Lynn' END"
                        + " AS district, 52.5 AS latitude, 0.8 AS longitude, 'NONE' AS broadband, '' AS aliases"
                        + " FROM range(40) r(i)");
                RunOutputFixture.writeDataset(sql, runOutput, "marts/transactions", "BY NAME SELECT"
                        + " 'CRM:' || i AS transaction_key, 'CRM' AS source, i::VARCHAR AS source_id,"
                        + " (['ONE_STOP_BUS', 'THETFORD_WORKS', 'META', 'FIRST_CLICK'])[1 + i % 4] AS service,"
                        + " 'LOC-' || lpad((hash(i) % 40)::VARCHAR, 3, '0') AS location_code,"
                        + " (['BENEFITS', 'TAX', 'HOUSING', 'EMPLOYMENT_SKILLS', 'OTHER'])[1 + (i // 7) % 5] AS topic,"
                        + " DATE '2010-01-01' + (hash(i * 31) % 455)::INTEGER AS transaction_date,"
                        + " CAST(DATE '2010-01-01' + (hash(i * 31) % 455)::INTEGER AS TIMESTAMP) AS occurred_at,"
                        + " CASE WHEN i % 4 = 0 THEN NULL ELSE 'P' || (hash(i * 17) % " + Math.max(1, transactions / 10)
                        + ") END AS person_key FROM range(" + transactions + ") r(i)");
                RunOutputFixture.writeDataset(sql, runOutput, "marts/persons", "BY NAME SELECT person_key,"
                        + " min(transaction_date) AS first_seen, max(transaction_date) AS last_seen,"
                        + " count(*) AS transactions, count(DISTINCT service) AS service_count,"
                        + " string_agg(DISTINCT service, ',' ORDER BY service) AS services"
                        + " FROM transactions WHERE person_key IS NOT NULL GROUP BY person_key");
                RunOutputFixture.writeDataset(sql, runOutput, "indicator_values", "BY NAME"
                        + " WITH t AS (SELECT *, strftime(transaction_date, '%Y-%m') AS month,"
                        + " CASE WHEN month(transaction_date) >= 4 THEN year(transaction_date)"
                        + " ELSE year(transaction_date) - 1 END AS fy_start FROM transactions),"
                        + " p AS (SELECT *, 'MONTH' AS period_type, month AS period FROM t UNION ALL"
                        + " SELECT *, 'FY', fy_start || '/' || right((fy_start + 1)::VARCHAR, 2) FROM t)"
                        + " SELECT unnest(['transactions', 'unique_clients']) AS indicator, service,"
                        + " coalesce(location_code, 'ALL') AS location_code, coalesce(topic, 'ALL') AS topic,"
                        + " 'ALL' AS partner, period_type, period,"
                        + " unnest([count(*), count(DISTINCT person_key)]) AS value"
                        + " FROM p GROUP BY GROUPING SETS ((service, location_code, topic, period_type, period),"
                        + " (service, location_code, period_type, period), (service, topic, period_type, period),"
                        + " (service, period_type, period))");
                RunOutputFixture.writeDataset(sql, runOutput, "indicator_definitions", "VALUES"
                        + " ('transactions', 'Transactions', 'uptake', 'COUNT', 'COUNT', 'Count of transactions.'),"
                        + " ('unique_clients', 'Unique clients', 'uptake', 'COUNT', 'COUNT',"
                        + " 'Distinct persons among the transactions.')");
                RunOutputFixture.writeEmptyDatasets(sql, runOutput);
            }
            return runOutput;
        }
    }
}
