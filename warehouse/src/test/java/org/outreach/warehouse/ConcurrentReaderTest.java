package org.outreach.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Analysts keep querying from another process while the nightly job publishes, again and again. */
class ConcurrentReaderTest {

    private static final int PUBLISHES = 6;

    @TempDir
    Path folder;

    @Test
    void aReaderInAnotherProcessNeverFailsNorSeesAHalfLoadedWarehouseDuringPublishes() throws Exception {
        Path warehouse = folder.resolve("outreach.duckdb");
        TestWarehouses.publish(RunOutputFixture.write(folder.resolve("run-0"), 100), warehouse);
        Path stop = folder.resolve("stop");
        Process analyst = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), AnalystProcess.class.getName(),
                warehouse.toString(), stop.toString())
                .redirectErrorStream(true).redirectOutput(folder.resolve("analyst.log").toFile()).start();
        try {
            awaitStarted(folder.resolve("analyst.log"));
            for (int run = 1; run <= PUBLISHES; run++) {
                TestWarehouses.publish(RunOutputFixture.write(folder.resolve("run-" + run), 100 + run * 1000),
                        warehouse);
            }
            Thread.sleep(300);
            Files.createFile(stop);
            assertThat(analyst.waitFor(60, TimeUnit.SECONDS)).as("the analyst process stops").isTrue();
        } finally {
            analyst.destroyForcibly();
        }

        List<String> log = Files.readAllLines(folder.resolve("analyst.log"), StandardCharsets.UTF_8);
        System.out.println("analyst: " + log.get(log.size() - 1));
        assertThat(log).as("no reader error, no half-loaded warehouse")
                .noneMatch(line -> line.startsWith("ERROR") || line.startsWith("INCONSISTENT"));
        assertThat(log).anyMatch(line -> line.startsWith("SEEN [") && line.contains("100")
                && line.contains(String.valueOf(100 + PUBLISHES * 1000)));
    }

    private static void awaitStarted(Path log) throws Exception {
        for (int i = 0; i < 600; i++) {
            if (Files.exists(log) && Files.readString(log).contains("STARTED")) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the analyst process did not start: " + (Files.exists(log) ? Files.readString(log)
                : "no output"));
    }
}
