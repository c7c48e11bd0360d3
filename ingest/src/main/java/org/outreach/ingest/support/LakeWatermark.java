package org.outreach.ingest.support;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * The newest version already in the lake. The lake, not a counter elsewhere, is the
 * truth: a run that died before committing leaves the watermark where it was.
 */
public final class LakeWatermark {

    private LakeWatermark() {
    }

    public static Optional<LocalDateTime> of(LakeDataset dataset, Path lake) {
        Path directory = dataset.directory(lake);
        if (!LakeFiles.hasParquet(directory)) {
            return Optional.empty();
        }
        String sql = "SELECT max(" + dataset.versionColumn() + ") FROM read_parquet(" + LakeFiles.glob(directory) + ")";
        try (Connection connection = DuckDb.inMemory();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return Optional.ofNullable(rows.getObject(1, LocalDateTime.class));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the watermark of " + directory + ": " + e.getMessage(), e);
        }
    }
}
