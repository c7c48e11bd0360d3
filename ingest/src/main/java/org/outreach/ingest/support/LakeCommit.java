package org.outreach.ingest.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.util.FileSystemUtils;

/**
 * Moves a run's staged parts into the lake as one file, keeping only row versions the
 * lake does not hold yet (a first load's parts move in as they are). Re-reading an overlap window therefore adds nothing, and
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
        if (!LakeFiles.hasParquet(directory) || hasFirstLoadParts(directory, runId)) {
            return moveParts(staged, directory, runId);
        }
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

    /**
     * A first load has nothing to deduplicate against: its parts move in as they are, each
     * with an atomic rename, so a commit that dies part-way finishes on the rerun.
     */
    private static long moveParts(Path staged, Path directory, String runId) throws IOException {
        long rows = 0;
        try (Stream<Path> parts = Files.list(staged)) {
            List<Path> files = parts.filter(p -> p.getFileName().toString().endsWith(".parquet")).sorted().toList();
            Map<String, Long> counts = rowCounts(staged);
            for (Path part : files) {
                rows += counts.getOrDefault(part.getFileName().toString(), 0L);
                Files.move(part, directory.resolve("run-" + runId + "-" + part.getFileName()),
                        StandardCopyOption.ATOMIC_MOVE);
            }
        }
        FileSystemUtils.deleteRecursively(staged);
        return rows;
    }

    /** Rows per Parquet file of a folder, from the files' footers: nothing else is read. */
    private static Map<String, Long> rowCounts(Path folder) throws IOException {
        Map<String, Long> counts = new HashMap<>();
        try (Connection connection = DuckDb.inMemory(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT file_name, num_rows FROM parquet_file_metadata("
                     + LakeFiles.glob(folder) + ")")) {
            while (rows.next()) {
                counts.put(Path.of(rows.getString(1)).getFileName().toString(), rows.getLong(2));
            }
            return counts;
        } catch (SQLException e) {
            throw new IOException("cannot count the rows of " + folder + ": " + e.getMessage(), e);
        }
    }

    private static boolean hasFirstLoadParts(Path directory, String runId) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.anyMatch(f -> f.getFileName().toString().startsWith("run-" + runId + "-part-"));
        }
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
