package org.outreach.ingest.support;

import java.nio.file.Path;
import java.util.List;

/**
 * One raw dataset of the lake, e.g. {@code crm/service_transaction}: an append-only log
 * of distinct row versions, identified by its key columns and version column.
 */
public record LakeDataset(String name, List<String> keyColumns, String versionColumn) {

    public LakeDataset {
        keyColumns = List.copyOf(keyColumns);
    }

    public Path directory(Path lake) {
        return lake.resolve("raw").resolve(name);
    }

    public Path staging(Path lake, String runId) {
        return lake.resolve("_staging").resolve(runId).resolve(name);
    }
}
