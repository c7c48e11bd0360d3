package org.outreach.warehouse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.TreeSet;

/**
 * An analyst in another process: opens the published warehouse read-only and queries it in
 * a loop until told to stop, printing what it saw. A half-loaded warehouse would show as
 * transactions that disagree with the published transactions indicator.
 */
public final class AnalystProcess {

    private AnalystProcess() {
    }

    /** @param args the warehouse file, and a file whose appearance means stop */
    public static void main(String[] args) throws Exception {
        Path warehouse = Path.of(args[0]);
        Path stop = Path.of(args[1]);
        TreeSet<Long> seen = new TreeSet<>();
        long reads = 0;
        long slowestNanos = 0;
        System.out.println("STARTED");
        System.out.flush();
        while (!Files.exists(stop)) {
            long start = System.nanoTime();
            try (Connection connection = DuckDbFiles.readOnly(warehouse);
                 Statement statement = connection.createStatement();
                 ResultSet row = statement.executeQuery("SELECT (SELECT count(*) FROM transactions),"
                         + " (SELECT CAST(value AS BIGINT) FROM indicator_values WHERE indicator = 'transactions')")) {
                row.next();
                if (row.getLong(1) != row.getLong(2)) {
                    System.out.println("INCONSISTENT " + row.getLong(1) + " transactions, indicator " + row.getLong(2));
                }
                seen.add(row.getLong(1));
            } catch (Exception e) {
                System.out.println("ERROR " + e.getMessage());
            }
            slowestNanos = Math.max(slowestNanos, System.nanoTime() - start);
            reads++;
        }
        System.out.println("SEEN " + seen);
        System.out.printf("READS %d SLOWEST %.1f ms%n", reads, slowestNanos / 1e6);
    }
}
