package org.outreach.pipeline.transform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompilerChoiceTest {

    @TempDir
    Path raw;

    @Test
    void aSmallLakeRunsTheQuickCompilerOnly() throws Exception {
        Files.createDirectories(raw.resolve("crm/service_transaction"));
        Files.write(raw.resolve("crm/service_transaction/part-0.parquet"), new byte[1024]);

        assertThat(CompilerChoice.jvmFlags(raw)).containsExactly("-XX:TieredStopAtLevel=1");
    }

    @Test
    void aBigLakeKeepsTheOptimisingCompiler() throws Exception {
        Files.createDirectories(raw.resolve("crm/service_transaction"));
        long half = CompilerChoice.SMALL_LAKE_BYTES / 2 + 1;
        for (String part : new String[] {"part-0.parquet", "part-1.parquet"}) {
            try (RandomAccessFile file = new RandomAccessFile(
                    raw.resolve("crm/service_transaction").resolve(part).toFile(), "rw")) {
                file.setLength(half); // sparse: no disk used
            }
        }

        assertThat(CompilerChoice.jvmFlags(raw)).isEmpty();
    }

    @Test
    void noLakeYetIsASmallOne() {
        assertThat(CompilerChoice.jvmFlags(raw.resolve("missing"))).containsExactly("-XX:TieredStopAtLevel=1");
    }
}
