package org.outreach.warehouse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;

/**
 * Builds a complete warehouse file from one transform run's output beside the published
 * one ({@code <warehouse>.building}). The quality gate checks it and {@link WarehouseHistory}
 * swaps it in with an atomic rename, so readers see yesterday's warehouse or today's, never a
 * half-loaded one.
 */
public final class WarehouseLoader {

    /**
     * The oldest DuckDB storage format that keeps everything the warehouse uses (views, comments):
     * DuckDB 1.2.0 and every later release open it, where the current format needs the newest.
     */
    public static final String DEFAULT_STORAGE_VERSION = "v1.2.0";

    public record LoadResult(Path building, long indicatorRows, long transactionRows) {
    }

    private final String storageVersion;

    public WarehouseLoader() {
        this(DEFAULT_STORAGE_VERSION);
    }

    /** @param storageVersion the DuckDB release whose storage format the file is written in, e.g. v1.2.0 */
    public WarehouseLoader(String storageVersion) {
        this.storageVersion = storageVersion;
    }

    /** Where the file being built for {@code warehouseFile} lives until it is published. */
    public static Path buildingFile(Path warehouseFile) {
        Path published = warehouseFile.toAbsolutePath();
        return published.resolveSibling(published.getFileName() + ".building");
    }

    /**
     * @param quarantine  the lake's quarantine folder ({@code raw/_quarantine}), summarised into
     *                    quarantine_summary
     * @param runLog      the job repository's record of the runs so far, into run_log
     * @param publication the run this file is built from
     */
    public LoadResult build(Path runOutput, Path warehouseFile, Path quarantine, List<RunLogEntry> runLog,
                            Publication publication) throws IOException, SQLException {
        Path building = buildingFile(warehouseFile);
        Files.createDirectories(building.getParent());
        Files.deleteIfExists(building);
        Files.deleteIfExists(building.resolveSibling(building.getFileName() + ".wal"));
        LoadResult result;
        try (Connection connection = DuckDbFiles.create(building, storageVersion);
             Statement statement = connection.createStatement()) {
            statement.execute("SET VARIABLE run_output = " + DuckDbFiles.literal(runOutput.toAbsolutePath().toString()));
            statement.execute("SET VARIABLE quarantine = " + DuckDbFiles.literal(quarantineFiles(quarantine, building)));
            for (WarehouseSchema.WarehouseObject object : WarehouseSchema.objects()) {
                try {
                    statement.execute(object.sql());
                } catch (SQLException e) {
                    throw new SQLException("warehouse object " + object.name() + ": " + e.getMessage(), e);
                }
            }
            insertRunLog(connection, runLog);
            insertPublication(connection, publication);
            result = new LoadResult(building, count(statement, "indicator_values"), count(statement, "transactions"));
        }
        Files.deleteIfExists(emptyQuarantine(building));
        return result;
    }

    /** The quarantine's Parquet files as a glob, or an empty file of its columns when it has none. */
    private static String quarantineFiles(Path quarantine, Path building) throws IOException, SQLException {
        try (Stream<Path> files = Files.exists(quarantine) ? Files.walk(quarantine) : Stream.empty()) {
            if (files.anyMatch(f -> f.getFileName().toString().endsWith(".parquet"))) {
                return quarantine.toAbsolutePath() + "/**/*.parquet";
            }
        }
        Path empty = emptyQuarantine(building);
        try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = duckdb.createStatement()) {
            statement.execute("COPY (SELECT '' AS run_id, '' AS source, '' AS origin, '' AS line_or_key, '' AS field,"
                    + " '' AS reason, '' AS raw_value WHERE false) TO " + DuckDbFiles.literal(empty.toString())
                    + " (FORMAT parquet)");
        }
        return empty.toString();
    }

    private static Path emptyQuarantine(Path building) {
        return building.resolveSibling(building.getFileName() + ".no-quarantine.parquet");
    }

    private static void insertRunLog(Connection connection, List<RunLogEntry> runLog) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO run_log VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (RunLogEntry entry : runLog) {
                insert.setString(1, entry.runId());
                insert.setObject(2, entry.asOf());
                insert.setLong(3, entry.execution());
                insert.setString(4, entry.step());
                insert.setString(5, entry.status());
                insert.setObject(6, entry.started());
                insert.setObject(7, entry.ended());
                insert.setLong(8, entry.rowsRead());
                insert.setLong(9, entry.rowsWritten());
                insert.setLong(10, entry.rowsQuarantined());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void insertPublication(Connection connection, Publication publication) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO publication VALUES (?, ?, localtimestamp)")) {
            insert.setString(1, publication.runId());
            insert.setObject(2, publication.asOf());
            insert.executeUpdate();
        }
    }

    private static long count(Statement statement, String table) throws SQLException {
        try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
