package org.outreach.warehouse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/** Writes a small transform run output (real Parquet files) as the Spark transform lays it out. */
final class RunOutputFixture {

    private RunOutputFixture() {
    }

    static Path write(Path runOutput, int busTransactions) throws Exception {
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
        }
        return runOutput;
    }
}
