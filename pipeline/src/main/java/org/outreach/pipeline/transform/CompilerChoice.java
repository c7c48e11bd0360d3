package org.outreach.pipeline.transform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Which JIT compilers the transform's JVM runs. On a small lake it lives for seconds and
 * spends about a third of its CPU in the optimising compiler, on code that never runs long
 * enough to repay it: the quick compiler alone saves that (the demo's lake). On a big lake
 * the optimised code pays for itself many times over: with the quick compiler alone, 10
 * million transactions took more than 1.7 times as long (docs/benchmarks.md).
 */
final class CompilerChoice {

    /** Raw Parquet up to this size counts as small; the demo's lake is under 1 MB. */
    static final long SMALL_LAKE_BYTES = 32L * 1024 * 1024;

    private CompilerChoice() {
    }

    static List<String> jvmFlags(Path rawLake) {
        return bytes(rawLake) <= SMALL_LAKE_BYTES ? List.of("-XX:TieredStopAtLevel=1") : List.of();
    }

    private static long bytes(Path rawLake) {
        if (!Files.isDirectory(rawLake)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(rawLake)) {
            return files.filter(Files::isRegularFile).mapToLong(CompilerChoice::size).sum();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot measure the lake " + rawLake, e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            // Removed while we looked (an earlier run's staging): it no longer counts.
            return 0;
        }
    }
}
