package org.outreach.transform.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.outreach.datasets.DatasetSchema;
import org.outreach.transform.SparkSettings;
import org.outreach.transform.TransformArguments;
import org.outreach.transform.TransformJob;

/**
 * Runs the whole transform (local[*], the nightly job's settings) over a generated raw lake
 * of N CRM transactions (default 10,000,000) and funding rows, then has DuckDB compute every
 * figure that comes from the transactions (the six uptake indicators at every grain,
 * clients_multi_service, and funding_gbp, cost_per_transaction and cost_per_client) from
 * the same Parquet and write them, in the same JVM. Checks that both give the same figures
 * (EXCEPT ALL both ways) and prints times, Spark's work, peak resident memory, and last
 * {@code spark/duckdb ratio: N.N}. A program, not a test; see docs/benchmarks.md.
 */
public final class TransformBenchmark {

    private static final LocalDate AS_OF = LocalDate.of(2011, 3, 31);
    private static final String TRANSACTION_FIGURES = "('transactions', 'anonymous_transactions', 'unique_clients',"
            + " 'new_clients', 'service_days', 'clients_per_service_day', 'clients_multi_service', 'funding_gbp',"
            + " 'cost_per_transaction', 'cost_per_client')";

    private TransformBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long rows = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
        Path lake = Files.createTempDirectory("outreach-transform-benchmark-");
        try {
            System.out.printf("generating %,d CRM transactions and %,d customers...%n", rows, rows / 10);
            generate(lake, rows);

            long start = System.nanoTime();
            SparkSession spark = SparkSettings.configure(SparkSession.builder(), "local[*]").master("local[*]")
                    .getOrCreate();
            SparkWorkListener work = new SparkWorkListener();
            spark.sparkContext().addSparkListener(work);
            new TransformJob(spark, new TransformArguments(lake.toString(), lake.resolve("out").toString(), AS_OF,
                    "local[*]", 2.0)).run();
            double sparkSeconds = (System.nanoTime() - start) / 1e9;
            spark.stop();
            // Read before DuckDB starts: the nightly child runs Spark alone, and the JVM keeps its heap.
            String sparkPeak = peakResident();

            start = System.nanoTime();
            long duckRows = duckDbFigures(lake);
            double duckSeconds = (System.nanoTime() - start) / 1e9;

            long differing = compare(lake);
            System.out.printf("Spark transform, every output (incl. session start)  %7.1f s  %5.2f s per million%n",
                    sparkSeconds, sparkSeconds / (rows / 1e6));
            System.out.println(work.summary());
            System.out.printf("DuckDB, every transaction-derived figure, written    %7.1f s  (%,d figures)%n",
                    duckSeconds, duckRows);
            System.out.printf("figures differing between Spark and DuckDB: %,d%n", differing);
            System.out.printf("peak resident memory after the Spark transform %s; after DuckDB too %s%n", sparkPeak,
                    peakResident());
            if (differing != 0) {
                throw new AssertionError("Spark and DuckDB disagree on " + differing + " figures");
            }
            System.out.printf("spark/duckdb ratio: %.1f%n", sparkSeconds / duckSeconds);
        } finally {
            try (Stream<Path> files = Files.walk(lake)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    private static void generate(Path lake, long rows) throws Exception {
        // Every size spreads its transactions over the same ten months before the as-of date, so
        // a larger estate is more transactions per day, not more days cut off by the as-of date.
        String spacing = "26000000.0 / " + rows;
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:"); Statement sql = duck.createStatement()) {
            sql.execute("SET threads = 2");
            copy(sql, lake, "crm/customer", "SELECT i AS customer_id, md5(i::VARCHAR) AS person_key,"
                    + " 'IP24' AS postcode_district, 'PL' AS nationality, 'pl' AS preferred_language,"
                    + " TIMESTAMP '2010-05-01' + i * INTERVAL 1 SECOND AS updated_at FROM range(1, " + (rows / 10 + 1)
                    + ") r(i)");
            copy(sql, lake, "crm/service_transaction", "SELECT i AS transaction_id,"
                    + " CASE WHEN i % 4 = 0 THEN NULL ELSE 1 + i % " + rows / 10 + " END AS customer_id,"
                    + " TIMESTAMP '2010-06-01 09:00' + (i * " + spacing + ") * INTERVAL 1 SECOND"
                    + " AS occurred_at, ['BUS','WORKS_CLUB','OFFICE','PHONE','WEB'][1 + i % 5] AS channel,"
                    + " 'BUS-' || (i % 12) AS location_code,"
                    + " ['BEN-HB','TAX-CT','HSG-ADV','EMP-CV','GEN-ENQ','GEN-XMAS'][1 + i % 6] AS service_code,"
                    + " 'RESOLVED' AS outcome_code, 'SC01' AS staff_id, i % 50 = 0 AS is_void, '25-34' AS age_band,"
                    + " TIMESTAMP '2010-06-01 10:00' + (i * " + spacing + ") * INTERVAL 1 SECOND AS updated_at"
                    + " FROM range(" + rows + ") r(i)");
            copy(sql, lake, "reference/service_codes", "SELECT * FROM (VALUES ('BEN-HB', 'x', 'BENEFITS'),"
                    + " ('TAX-CT', 'x', 'TAX'), ('HSG-ADV', 'x', 'HOUSING'), ('EMP-CV', 'x', 'EMPLOYMENT_SKILLS'),"
                    + " ('GEN-ENQ', 'x', 'OTHER')) t(service_code, description, topic)");
            // Whole financial years and whole pounds: pro rata shares and their sums are exact in doubles.
            copy(sql, lake, "reference/funding", "SELECT * FROM (VALUES"
                    + " (1, 'MIF', 'ALL', DATE '2009-04-01', DATE '2010-03-31', 220000),"
                    + " (2, 'MIF', 'ALL', DATE '2010-04-01', DATE '2011-03-31', 180000),"
                    + " (3, 'LEP', 'ONE_STOP_BUS', DATE '2010-04-01', DATE '2011-03-31', 50000),"
                    + " (4, 'DWP', 'THETFORD_WORKS', DATE '2010-04-01', DATE '2012-03-31', 60000))"
                    + " t(source_line, stream, service, period_start, period_end, amount_gbp)");
        }
    }

    /**
     * Copies generated rows into a raw dataset's folder: the generator names each column's
     * value, the declaration gives the columns' order and types.
     */
    private static void copy(Statement sql, Path lake, String dataset, String generator) throws Exception {
        Path folder = Files.createDirectories(lake.resolve("raw/" + dataset));
        String columns = DatasetSchema.of("raw/" + dataset).columns().stream()
                .map(c -> "CAST(" + c.name() + " AS " + c.type().duckDb() + ") AS " + c.name())
                .collect(Collectors.joining(", "));
        sql.execute("COPY (SELECT " + columns + " FROM (" + generator + ")) TO '" + folder
                + "' (FORMAT parquet, PER_THREAD_OUTPUT)");
    }

    /**
     * Every transaction-derived figure in DuckDB SQL over the same raw Parquet, by the same
     * rules (newest versions, customers' keys, service codes; first transaction by time then
     * id), in the long shape, written to Parquet. Returns the number of figures.
     */
    private static long duckDbFigures(Path lake) throws Exception {
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:"); Statement sql = duck.createStatement()) {
            sql.execute("SET threads = 2");
            sql.execute("SET memory_limit = '1GB'");
            sql.execute("CREATE MACRO fy(d) AS (year(d) - CAST(month(d) < 4 AS INTEGER))::VARCHAR || '/'"
                    + " || lpad(((year(d) - CAST(month(d) < 4 AS INTEGER) + 1) % 100)::VARCHAR, 2, '0')");
            sql.execute("""
                    CREATE TABLE mart AS
                    WITH tx AS (SELECT * FROM read_parquet('%1$s/raw/crm/service_transaction/*.parquet')
                                QUALIFY row_number() OVER (PARTITION BY transaction_id ORDER BY updated_at DESC) = 1),
                         cu AS (SELECT customer_id, person_key FROM read_parquet('%1$s/raw/crm/customer/*.parquet')
                                QUALIFY row_number() OVER (PARTITION BY customer_id ORDER BY updated_at DESC) = 1),
                         sc AS (SELECT service_code, topic FROM read_parquet('%1$s/raw/reference/service_codes/*.parquet'))
                    SELECT CASE tx.channel WHEN 'BUS' THEN 'ONE_STOP_BUS' ELSE 'THETFORD_WORKS' END AS service,
                           tx.location_code, coalesce(sc.topic, 'UNMAPPED') AS topic,
                           CAST(tx.occurred_at AS DATE) AS d, tx.occurred_at, tx.transaction_id, cu.person_key
                    FROM tx LEFT JOIN cu USING (customer_id) LEFT JOIN sc USING (service_code)
                    WHERE tx.channel IN ('BUS', 'WORKS_CLUB') AND NOT tx.is_void
                      AND CAST(tx.occurred_at AS DATE) <= DATE '%2$s'
                    """.formatted(lake, AS_OF));
            sql.execute("""
                    CREATE TABLE uptake AS
                    WITH firsts AS (
                           SELECT *, person_key IS NOT NULL AND row_number() OVER (
                                      PARTITION BY service, person_key ORDER BY occurred_at, transaction_id) = 1 AS first
                           FROM mart),
                         periods AS (
                           SELECT *, 'MONTH' AS period_type, strftime(d, '%Y-%m') AS period FROM firsts
                           UNION ALL
                           SELECT *, 'FY', fy(d) FROM firsts)
                    SELECT service,
                           CASE WHEN grouping(location_code) = 1 THEN 'ALL' ELSE location_code END AS location_code,
                           CASE WHEN grouping(topic) = 1 THEN 'ALL' ELSE topic END AS topic, period_type, period,
                           count(*) AS transactions,
                           count(*) FILTER (WHERE person_key IS NULL) AS anonymous_transactions,
                           count(DISTINCT person_key) AS unique_clients,
                           count(*) FILTER (WHERE first) AS new_clients,
                           count(DISTINCT d) AS service_days,
                           count(DISTINCT (d, person_key)) FILTER (WHERE person_key IS NOT NULL) AS client_days
                    FROM periods
                    GROUP BY GROUPING SETS ((service, location_code, topic, period_type, period),
                                            (service, topic, period_type, period),
                                            (service, location_code, period_type, period),
                                            (service, period_type, period))
                    """);
            sql.execute("""
                    CREATE TABLE persons_years AS
                    SELECT fy(d) AS period, person_key, list(DISTINCT service) AS services
                    FROM mart WHERE person_key IS NOT NULL GROUP BY ALL
                    """);
            sql.execute("""
                    CREATE TABLE value_for_money AS
                    WITH funding AS (SELECT * FROM read_parquet('%1$s/raw/reference/funding/*.parquet')),
                         shares AS (
                           SELECT service, fy, amount_gbp::DOUBLE * overlap_days / (period_end - period_start + 1) AS share
                           FROM (SELECT f.*, y.fy, least(make_date(y.fy + 1, 3, 31), period_end)
                                        - greatest(make_date(y.fy, 4, 1), period_start) + 1 AS overlap_days
                                 FROM funding f, LATERAL (SELECT unnest(range(year(period_start) - 1,
                                                                              year(period_end) + 1)) AS fy) y)
                           WHERE fy <= %2$d AND overlap_days > 0),
                         by_service AS (
                           SELECT service, fy(make_date(fy, 4, 1)) AS period, sum(share) AS funding_gbp
                           FROM shares WHERE service <> 'ALL' GROUP BY ALL
                           UNION ALL
                           SELECT 'ALL', fy(make_date(fy, 4, 1)), sum(share) FROM shares GROUP BY fy),
                         volumes AS (
                           SELECT coalesce(service, 'ALL') AS service, fy(d) AS period, count(*) AS transactions
                           FROM mart GROUP BY GROUPING SETS ((service, fy(d)), (fy(d)))),
                         clients AS (
                           SELECT coalesce(service, 'ALL') AS service, period, count(*) AS clients
                           FROM (SELECT period, unnest(services) AS service FROM persons_years)
                           GROUP BY GROUPING SETS ((service, period), (period)))
                    SELECT service, period, funding_gbp, coalesce(transactions, 0) AS transactions,
                           coalesce(clients, 0) AS clients
                    FROM by_service LEFT JOIN volumes USING (service, period) LEFT JOIN clients USING (service, period)
                    """.formatted(lake, AS_OF.getMonthValue() < 4 ? AS_OF.getYear() - 1 : AS_OF.getYear()));
            sql.execute("""
                    COPY (
                      WITH counts AS (
                             SELECT u.*, f.indicator, f.value FROM uptake u, LATERAL (SELECT unnest([
                                 {'indicator': 'transactions', 'value': transactions},
                                 {'indicator': 'anonymous_transactions', 'value': anonymous_transactions},
                                 {'indicator': 'unique_clients', 'value': unique_clients},
                                 {'indicator': 'new_clients', 'value': new_clients},
                                 {'indicator': 'service_days', 'value': service_days}], recursive := true)) f),
                           years AS (SELECT DISTINCT fy(d) AS period FROM mart),
                           multi AS (SELECT period, count(*) FILTER (WHERE len(services) >= 2) AS clients_multi_service
                                     FROM persons_years GROUP BY period)
                      SELECT indicator, service, location_code, topic, 'ALL' AS partner, period_type, period,
                             value::DOUBLE AS value, NULL::DOUBLE AS numerator, NULL::DOUBLE AS denominator
                      FROM counts
                      UNION ALL
                      SELECT 'clients_per_service_day', service, location_code, topic, 'ALL', period_type, period,
                             client_days::DOUBLE / service_days::DOUBLE, client_days::DOUBLE, service_days::DOUBLE
                      FROM uptake WHERE service_days <> 0
                      UNION ALL
                      SELECT 'clients_multi_service', 'ALL', 'ALL', 'ALL', 'ALL', 'FY', period,
                             coalesce(clients_multi_service, 0)::DOUBLE, NULL, NULL
                      FROM years LEFT JOIN multi USING (period)
                      UNION ALL
                      SELECT 'funding_gbp', service, 'ALL', 'ALL', 'ALL', 'FY', period, funding_gbp, NULL, NULL
                      FROM value_for_money
                      UNION ALL
                      SELECT 'cost_per_transaction', service, 'ALL', 'ALL', 'ALL', 'FY', period,
                             funding_gbp / transactions::DOUBLE, funding_gbp, transactions::DOUBLE
                      FROM value_for_money WHERE transactions <> 0
                      UNION ALL
                      SELECT 'cost_per_client', service, 'ALL', 'ALL', 'ALL', 'FY', period,
                             funding_gbp / clients::DOUBLE, funding_gbp, clients::DOUBLE
                      FROM value_for_money WHERE clients <> 0
                    ) TO '%s' (FORMAT parquet)
                    """.formatted(lake.resolve("duckdb-figures.parquet")));
            return scalar(sql, "SELECT count(*) FROM '" + lake.resolve("duckdb-figures.parquet") + "'");
        }
    }

    /** Figures in one output and not the other, both ways. */
    private static long compare(Path lake) throws SQLException {
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:"); Statement sql = duck.createStatement()) {
            String spark = "(SELECT * FROM read_parquet('" + lake.resolve("out/indicator_values") + "/*.parquet')"
                    + " WHERE indicator IN " + TRANSACTION_FIGURES + ")";
            String duckdb = "(SELECT * FROM '" + lake.resolve("duckdb-figures.parquet") + "')";
            return scalar(sql, "SELECT count(*) FROM (SELECT * FROM " + spark + " EXCEPT ALL SELECT * FROM " + duckdb
                    + ")") + scalar(sql, "SELECT count(*) FROM (SELECT * FROM " + duckdb + " EXCEPT ALL SELECT * FROM "
                    + spark + ")");
        }
    }

    private static long scalar(Statement sql, String query) throws SQLException {
        try (ResultSet result = sql.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static String peakResident() throws Exception {
        return Files.readAllLines(Path.of("/proc/self/status")).stream()
                .filter(line -> line.startsWith("VmHWM")).map(line -> line.substring(6).strip()).findFirst()
                .orElse("unknown");
    }
}
