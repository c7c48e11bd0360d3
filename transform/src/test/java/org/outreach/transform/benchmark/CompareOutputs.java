package org.outreach.transform.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Compares two transform outputs (run folders: every mart and indicator_values) or two
 * warehouse files (every table), row for row with DuckDB: {@code EXCEPT ALL} both ways
 * and the row counts (not the per-run records: run log, publication, quality results,
 * quarantine summary, which name the run). Prints one line per dataset; exits 1 if any differs. A program
 * for checking a redesign against the code before it, not a test.
 *
 * <pre>CompareOutputs OLD NEW</pre>
 */
public final class CompareOutputs {

    private CompareOutputs() {
    }

    public static void main(String[] args) throws Exception {
        Path old = Path.of(args[0]);
        Path changed = Path.of(args[1]);
        boolean warehouses = Files.isRegularFile(old);
        int differing = 0;
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:"); Statement sql = duck.createStatement()) {
            sql.execute("SET threads = 1");
            List<String[]> pairs = new ArrayList<>();
            if (warehouses) {
                sql.execute("ATTACH '" + old + "' AS old_db (READ_ONLY)");
                sql.execute("ATTACH '" + changed + "' AS new_db (READ_ONLY)");
                for (String table : tables(sql)) {
                    pairs.add(new String[] {table, "old_db.main." + table, "new_db.main." + table});
                }
            } else {
                for (String dataset : datasets(old)) {
                    pairs.add(new String[] {dataset, "read_parquet('" + old.resolve(dataset) + "/*.parquet')",
                        "read_parquet('" + changed.resolve(dataset) + "/*.parquet')"});
                }
            }
            for (String[] pair : pairs) {
                long oldRows = scalar(sql, "SELECT count(*) FROM " + pair[1]);
                long newRows = scalar(sql, "SELECT count(*) FROM " + pair[2]);
                long onlyOld = scalar(sql, "SELECT count(*) FROM (SELECT * FROM " + pair[1] + " EXCEPT ALL SELECT * FROM "
                        + pair[2] + ")");
                long onlyNew = scalar(sql, "SELECT count(*) FROM (SELECT * FROM " + pair[2] + " EXCEPT ALL SELECT * FROM "
                        + pair[1] + ")");
                boolean same = oldRows == newRows && onlyOld == 0 && onlyNew == 0;
                differing += same ? 0 : 1;
                System.out.printf("%-28s old %,9d rows  new %,9d rows  only old %,d  only new %,d  %s%n", pair[0],
                        oldRows, newRows, onlyOld, onlyNew, same ? "identical" : "DIFFERENT");
            }
        }
        System.out.println(differing == 0 ? "all identical" : differing + " datasets differ");
        System.exit(differing == 0 ? 0 : 1);
    }

    private static List<String> tables(Statement sql) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rows = sql.executeQuery("SELECT table_name FROM duckdb_tables() WHERE database_name = 'old_db'"
                + " AND table_name NOT IN ('run_log', 'publication', 'quality_results', 'quarantine_summary') ORDER BY 1")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }

    private static List<String> datasets(Path run) throws Exception {
        try (Stream<Path> files = Files.walk(run)) {
            return files.filter(f -> f.toString().endsWith(".parquet")).map(Path::getParent).distinct()
                    .map(dir -> run.relativize(dir).toString()).sorted().toList();
        }
    }

    private static long scalar(Statement sql, String query) throws SQLException {
        try (ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
