package org.outreach.transform.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.outreach.transform.TransformArguments;
import org.outreach.transform.TransformJob;

/**
 * Runs the whole transform (local[*]) over a generated raw lake of N CRM transactions
 * (default 10,000,000) and prints wall time and peak memory, beside the time DuckDB alone
 * takes to compute the same transactions and unique_clients figures (every grain: service,
 * location and ALL, topic and ALL, month and financial year) from the same Parquet.
 * A program, not a test; see docs/benchmarks.md for how to run it.
 */
public final class TransformBenchmark {

    private TransformBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long rows = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
        Path lake = Files.createTempDirectory("outreach-transform-benchmark-");
        try {
            System.out.printf("generating %,d CRM transactions and %,d customers...%n", rows, rows / 10);
            generate(lake, rows);

            long start = System.nanoTime();
            SparkSession spark = SparkSession.builder().master("local[*]").appName("transform-benchmark")
                    .config("spark.ui.enabled", "false").config("spark.sql.session.timeZone", "Europe/London")
                    .config("spark.sql.shuffle.partitions", "8").getOrCreate();
            new TransformJob(spark, new TransformArguments(lake.toString(), lake.resolve("out").toString(), LocalDate.of(2011, 3, 31), null, 2.0)).run();
            double transform = (System.nanoTime() - start) / 1e9;
            long indicatorRows = spark.read().parquet(lake.resolve("out/indicator_values").toString()).count();
            spark.stop();

            start = System.nanoTime();
            long duckRows = duckDbUptake(lake);
            double duck = (System.nanoTime() - start) / 1e9;

            System.out.printf("Spark transform, every indicator (incl. session start)   %7.1f s  (%,d indicator rows)%n",
                    transform, indicatorRows);
            System.out.printf("DuckDB alone: transactions + unique_clients, all grains %7.1f s  (%,d figure rows)%n",
                    duck, duckRows);
            System.out.printf("peak heap %,d MB; peak resident memory %s%n", peakHeapMegabytes(), peakResident());
        } finally {
            try (Stream<Path> files = Files.walk(lake)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    private static void generate(Path lake, long rows) throws Exception {
        Files.createDirectories(lake.resolve("raw/crm/service_transaction"));
        Files.createDirectories(lake.resolve("raw/crm/customer"));
        Files.createDirectories(lake.resolve("raw/reference/service_codes"));
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:"); Statement sql = duck.createStatement()) {
            sql.execute("SET threads = 2");
            sql.execute("COPY (SELECT i AS customer_id, md5(i::VARCHAR) AS person_key, 'IP24' AS postcode_district,"
                    + " 'PL' AS nationality, 'pl' AS preferred_language,"
                    + " TIMESTAMP '2010-05-01' + i * INTERVAL 1 SECOND AS updated_at FROM range(1, " + (rows / 10 + 1)
                    + ") r(i)) TO '" + lake.resolve("raw/crm/customer/part-0.parquet") + "' (FORMAT parquet)");
            sql.execute("COPY (SELECT i AS transaction_id, CASE WHEN i % 4 = 0 THEN NULL ELSE 1 + i % " + rows / 10
                    + " END AS customer_id, TIMESTAMP '2010-06-01 09:00' + (i * 26 / 10) * INTERVAL 1 SECOND"
                    + " AS occurred_at, ['BUS','WORKS_CLUB','OFFICE','PHONE','WEB'][1 + i % 5] AS channel,"
                    + " 'BUS-' || (i % 12) AS location_code,"
                    + " ['BEN-HB','TAX-CT','HSG-ADV','EMP-CV','GEN-ENQ','GEN-XMAS'][1 + i % 6] AS service_code,"
                    + " 'RESOLVED' AS outcome_code, 'SC01' AS staff_id, i % 50 = 0 AS is_void, '25-34' AS age_band,"
                    + " TIMESTAMP '2010-06-01 10:00' + (i * 26 / 10) * INTERVAL 1 SECOND AS updated_at"
                    + " FROM range(" + rows + ") r(i)) TO '" + lake.resolve("raw/crm/service_transaction")
                    + "' (FORMAT parquet, PER_THREAD_OUTPUT)");
            sql.execute("COPY (SELECT * FROM (VALUES ('BEN-HB', 'x', 'BENEFITS'), ('TAX-CT', 'x', 'TAX'),"
                    + " ('HSG-ADV', 'x', 'HOUSING'), ('EMP-CV', 'x', 'EMPLOYMENT_SKILLS'), ('GEN-ENQ', 'x', 'OTHER'))"
                    + " t(service_code, description, topic)) TO '"
                    + lake.resolve("raw/reference/service_codes/part-0.parquet") + "' (FORMAT parquet)");
        }
    }

    /** The uptake counts in DuckDB SQL over the same raw Parquet, with the same rules. */
    private static long duckDbUptake(Path lake) throws Exception {
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:"); Statement sql = duck.createStatement()) {
            sql.execute("SET threads = 2");
            try (ResultSet result = sql.executeQuery("""
                    WITH tx AS (SELECT * FROM read_parquet('%1$s/raw/crm/service_transaction/*.parquet')
                                QUALIFY row_number() OVER (PARTITION BY transaction_id ORDER BY updated_at DESC) = 1),
                         cu AS (SELECT * FROM read_parquet('%1$s/raw/crm/customer/*.parquet')
                                QUALIFY row_number() OVER (PARTITION BY customer_id ORDER BY updated_at DESC) = 1),
                         sc AS (SELECT * FROM read_parquet('%1$s/raw/reference/service_codes/*.parquet')),
                         mart AS (
                           SELECT CASE tx.channel WHEN 'BUS' THEN 'ONE_STOP_BUS' ELSE 'THETFORD_WORKS' END AS service,
                                  tx.location_code, coalesce(sc.topic, 'UNMAPPED') AS topic,
                                  CAST(tx.occurred_at AS DATE) AS d, cu.person_key
                           FROM tx LEFT JOIN cu USING (customer_id) LEFT JOIN sc USING (service_code)
                           WHERE tx.channel IN ('BUS', 'WORKS_CLUB') AND NOT tx.is_void
                             AND CAST(tx.occurred_at AS DATE) <= DATE '2011-03-31'),
                         periods AS (
                           SELECT *, 'MONTH' AS period_type, strftime(d, '%%Y-%%m') AS period FROM mart
                           UNION ALL
                           SELECT *, 'FY', CAST(year(d) - CASE WHEN month(d) < 4 THEN 1 ELSE 0 END AS VARCHAR) FROM mart)
                    SELECT count(*) FROM (
                      SELECT service, location_code, topic, period_type, period,
                             count(*) AS transactions, count(DISTINCT person_key) AS unique_clients
                      FROM periods
                      GROUP BY GROUPING SETS ((service, location_code, topic, period_type, period),
                                              (service, topic, period_type, period),
                                              (service, location_code, period_type, period),
                                              (service, period_type, period)))
                    """.formatted(lake))) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private static long peakHeapMegabytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024 * 1024);
    }

    private static String peakResident() throws Exception {
        return Files.readAllLines(Path.of("/proc/self/status")).stream()
                .filter(line -> line.startsWith("VmHWM")).map(line -> line.substring(6).strip()).findFirst()
                .orElse("unknown");
    }
}
