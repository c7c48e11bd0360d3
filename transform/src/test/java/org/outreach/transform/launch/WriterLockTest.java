package org.outreach.transform.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WriterLockTest {

    @TempDir
    Path runs;

    @Test
    void holdsTheLockWithItsPidInsideAndReleasesItOnClose() throws Exception {
        Path file = runs.resolve("20110331T010000000/_OUTREACH_WRITER");

        try (WriterLock lock = WriterLock.acquire(file)) {
            assertThat(Files.readString(file)).isEqualTo(Long.toString(ProcessHandle.current().pid()));
        }

        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE);
             var again = channel.tryLock()) {
            assertThat(again).as("released").isNotNull();
        }
    }
}
