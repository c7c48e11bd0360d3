package org.outreach.pipeline.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunLogFileTest {

    @TempDir
    Path logs;

    @Test
    void keepsTheNewestRunLogsAndNothingElseIsTouched() throws Exception {
        for (String runId : new String[] {"20110329T020000000", "20110331T020000000", "20110330T020000000"}) {
            Files.writeString(logs.resolve("outreach-" + runId + ".log"), runId);
        }
        Files.writeString(logs.resolve("notes.txt"), "the operator's");

        RunLogFile.prune(logs, 2);

        try (Stream<Path> kept = Files.list(logs)) {
            assertThat(kept.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder(
                    "outreach-20110330T020000000.log", "outreach-20110331T020000000.log", "notes.txt");
        }
    }

    @Test
    void theLogsGoBesideTheLakeUnlessConfigured() {
        assertThat(new RunLogProperties(null, 30, Path.of("/srv/outreach/lake")).file("20110331T020000000"))
                .isEqualTo(Path.of("/srv/outreach/logs/outreach-20110331T020000000.log"));
        assertThat(new RunLogProperties(Path.of("/var/log/outreach"), 30, Path.of("/srv/outreach/lake")).folder())
                .isEqualTo(Path.of("/var/log/outreach"));
    }
}
