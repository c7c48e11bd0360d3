package org.outreach.ingest.crm;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.outreach.ingest.support.DuckDb;

/**
 * Counts CRM transactions (newest versions) whose service code reference/service-codes.csv
 * does not list: they are kept, with topic UNMAPPED downstream, and reported here.
 */
final class UnmappedServiceCodes {

    private UnmappedServiceCodes() {
    }

    static String summary(Path lake) throws SQLException {
        Path transactions = CrmDatasets.SERVICE_TRANSACTION.directory(lake);
        Path codes = lake.resolve("raw/reference/service_codes");
        if (!Files.isDirectory(transactions) || !Files.isDirectory(codes)) {
            return "not checked";
        }
        String known = "SELECT service_code FROM read_parquet(" + DuckDb.literal(codes.resolve("*.parquet")) + ")";
        // Only transactions with some version under an unknown code can count: find those first,
        // so the nightly check filters the lake instead of ranking every version in it.
        String sql = "WITH versions AS (SELECT transaction_id, updated_at, service_code FROM read_parquet("
                + DuckDb.literal(transactions.resolve("*.parquet")) + ")),"
                + " suspects AS (SELECT DISTINCT transaction_id FROM versions WHERE service_code NOT IN (" + known
                + ")),"
                + " newest AS (SELECT service_code FROM versions SEMI JOIN suspects USING (transaction_id)"
                + " QUALIFY row_number() OVER (PARTITION BY transaction_id ORDER BY updated_at DESC) = 1)"
                + " SELECT count(*), count(DISTINCT service_code), string_agg(DISTINCT service_code, ' ')"
                + " FROM newest WHERE service_code NOT IN (" + known + ")";
        try (Connection connection = DuckDb.inMemory(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1) == 0 ? "none"
                    : row.getLong(1) + " transactions with " + row.getLong(2) + " codes: " + row.getString(3);
        }
    }
}
