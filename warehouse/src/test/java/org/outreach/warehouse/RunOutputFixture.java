package org.outreach.warehouse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * Writes a small transform run output (real Parquet files) as the Spark transform lays it out,
 * each dataset with its declared columns and types (datasets module), consistent enough to pass
 * the quality gate: BUS transactions at location BUS-A, anonymous.
 */
public final class RunOutputFixture {

    private RunOutputFixture() {
    }

    public static Path write(Path runOutput, int busTransactions) throws Exception {
        try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:");
             Statement sql = duckdb.createStatement()) {
            writeDataset(sql, runOutput, "indicator_values", "VALUES"
                    + " ('transactions', 'ONE_STOP_BUS', 'ALL', 'ALL', 'ALL', 'FY', '2010/11', "
                    + busTransactions + ", NULL, NULL),"
                    + " ('clients_per_service_day', 'ONE_STOP_BUS', 'ALL', 'ALL', 'ALL', 'FY', '2010/11', 1.5, 3, 2)");
            writeDataset(sql, runOutput, "marts/transactions", "BY NAME SELECT 'CRM:' || i AS transaction_key,"
                    + " 'CRM' AS source, i::VARCHAR AS source_id, 'ONE_STOP_BUS' AS service, 'BUS-A' AS location_code,"
                    + " 'BENEFITS' AS topic, DATE '2010-06-07' AS transaction_date,"
                    + " TIMESTAMP '2010-06-07 10:00' AS occurred_at FROM range(" + busTransactions + ") r(i)");
            writeDataset(sql, runOutput, "indicator_definitions", "VALUES"
                    + " ('transactions', 'Transactions', 'uptake', 'COUNT', 'COUNT', 'Count of transactions.'),"
                    + " ('clients_per_service_day', 'Clients per service day', 'uptake', 'MEAN', 'AVERAGE',"
                    + " 'Mean distinct persons per service day.')");
            writeDataset(sql, runOutput, "marts/locations",
                    "VALUES ('BUS-A', 'Bus stop A', 'BUS_STOP', 'A', 'Breckland', 52.4, 0.7, 'NONE', '')");
            writeEmptyDatasets(sql, runOutput);
        }
        return runOutput;
    }

    /**
     * Writes the declared dataset {@code dataset} as one Parquet file of the run output: its
     * declared table (in {@code sql}'s database), filled by {@code INSERT INTO table} followed by
     * {@code rows}: {@code VALUES} in the declared column order, or {@code BY NAME SELECT ...}
     * naming only the columns a test cares about (the others are NULL).
     */
    public static void writeDataset(Statement sql, Path runOutput, String dataset, String rows) throws Exception {
        DeclaredTable table = DeclaredTable.of(dataset);
        sql.execute(table.emptySql());
        sql.execute("INSERT INTO " + table.name() + " " + rows);
        copy(sql, table, runOutput);
    }

    /** Every declared dataset of the warehouse not yet in the run output: present, with its columns, and empty. */
    public static void writeEmptyDatasets(Statement sql, Path runOutput) throws Exception {
        for (DeclaredTable table : WarehouseSchema.declaredTables()) {
            if (!Files.exists(runOutput.resolve(table.dataset().name()))) {
                sql.execute(table.emptySql());
                copy(sql, table, runOutput);
            }
        }
    }

    private static void copy(Statement sql, DeclaredTable table, Path runOutput) throws Exception {
        Path folder = Files.createDirectories(runOutput.resolve(table.dataset().name()));
        sql.execute("COPY " + table.name() + " TO " + DuckDbFiles.literal(folder.resolve("part-0.parquet").toString())
                + " (FORMAT parquet)");
    }
}
