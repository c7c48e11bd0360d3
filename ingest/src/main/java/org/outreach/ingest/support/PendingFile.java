package org.outreach.ingest.support;

import java.nio.file.Path;

/**
 * A dropped file the step takes: new, changed, or covered by a backfill.
 *
 * @param index   its place among the step's files, naming its staging folder
 * @param records how many records it holds, counted when the step opens
 */
public record PendingFile(int index, FileFeed<?> feed, DropFile file, long records) {

    /** Where the file's data lands: replacing what an earlier version of the file left. */
    public Path target(Path lake) {
        return lake.resolve("raw").resolve(feed.entity()).resolve(file.stem() + ".parquet");
    }

    public Path quarantineTarget(Path lake) {
        return lake.resolve("raw/_quarantine").resolve(feed.entity()).resolve(file.stem() + ".parquet");
    }
}
