package org.outreach.ingest.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

final class LakeFiles {

    private LakeFiles() {
    }

    static boolean hasParquet(Path directory) {
        if (!Files.isDirectory(directory)) {
            return false;
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(".parquet"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        }
    }

    /** Whether any Parquet file is in the folder or its subfolders. */
    static boolean hasParquetBelow(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(".parquet"));
        }
    }

    static String glob(Path directory) {
        return DuckDb.literal(directory.resolve("*.parquet"));
    }
}
