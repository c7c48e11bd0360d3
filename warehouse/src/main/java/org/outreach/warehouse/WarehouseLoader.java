package org.outreach.warehouse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Builds a complete warehouse file from one transform run's output beside the published
 * one, then swaps it in with an atomic rename: readers see yesterday's warehouse or
 * today's, never a half-loaded one.
 */
public final class WarehouseLoader {

    public record LoadResult(long indicatorRows, long transactionRows) {
    }

    public LoadResult load(Path runOutput, Path warehouseFile) throws IOException, SQLException {
        Path parent = warehouseFile.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path building = parent.resolve(warehouseFile.getFileName() + ".building");
        Files.deleteIfExists(building);
        Files.deleteIfExists(parent.resolve(building.getFileName() + ".wal"));
        LoadResult result;
        try (Connection connection = DuckDbFiles.readWrite(building);
             Statement statement = connection.createStatement()) {
            statement.execute("SET VARIABLE run_output = " + DuckDbFiles.literal(runOutput.toAbsolutePath().toString()));
            for (String file : WarehouseSchema.objectFiles()) {
                try {
                    statement.execute(WarehouseSchema.sql(file));
                } catch (SQLException e) {
                    throw new SQLException("warehouse object " + file + ": " + e.getMessage(), e);
                }
            }
            result = new LoadResult(count(statement, "indicator_values"), count(statement, "transactions"));
        }
        Files.move(building, warehouseFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return result;
    }

    private static long count(Statement statement, String table) throws SQLException {
        try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
