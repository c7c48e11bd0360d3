package org.outreach.ingest.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Collectors;
import org.springframework.util.FileSystemUtils;

/**
 * Moves a run's staged parts into the lake as one file, keeping only row versions the
 * lake does not hold yet. Re-reading an overlap window therefore adds nothing, and
 * committing twice (a rerun after a crash) is harmless.
 */
public final class LakeCommit {

    private LakeCommit() {
    }

    /** Returns the number of new row versions committed. */
    public static long commit(LakeDataset dataset, Path lake, String runId) throws IOException {
        Path staged = dataset.staging(lake, runId);
        Path directory = dataset.directory(lake);
        Path target = directory.resolve("run-" + runId + ".parquet");
        if (!LakeFiles.hasParquet(staged) || Files.exists(target)) {
            FileSystemUtils.deleteRecursively(staged);
            return 0;
        }
        Files.createDirectories(directory);
        Path temporary = directory.resolve(".run-" + runId + ".parquet.tmp");
        long rows = copyNewVersions(dataset, staged, directory, temporary);
        if (rows > 0) {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } else {
            Files.deleteIfExists(temporary);
        }
        FileSystemUtils.deleteRecursively(staged);
        return rows;
    }

    private static long copyNewVersions(LakeDataset dataset, Path staged, Path directory, Path temporary)
            throws IOException {
        String select = "SELECT * FROM read_parquet(" + LakeFiles.glob(staged) + ") s";
        if (LakeFiles.hasParquet(directory)) {
            String sameVersion = dataset.keyColumns().stream()
                    .map(k -> "l." + k + " = s." + k)
                    .collect(Collectors.joining(" AND "))
                    + " AND l." + dataset.versionColumn() + " = s." + dataset.versionColumn();
            select += " WHERE NOT EXISTS (SELECT 1 FROM read_parquet(" + LakeFiles.glob(directory) + ") l WHERE "
                    + sameVersion + ")";
        }
        String sql = "COPY (" + select + " ORDER BY s." + dataset.versionColumn() + ") TO "
                + DuckDb.literal(temporary) + " (FORMAT parquet, COMPRESSION zstd)";
        try (Connection connection = DuckDb.inMemory(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
            try (ResultSet count = statement.executeQuery(
                    "SELECT count(*) FROM read_parquet(" + DuckDb.literal(temporary) + ")")) {
                count.next();
                return count.getLong(1);
            }
        } catch (SQLException e) {
            throw new IOException("cannot commit " + staged + " to " + directory + ": " + e.getMessage(), e);
        }
    }
}
