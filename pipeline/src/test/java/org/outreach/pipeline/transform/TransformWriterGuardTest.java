package org.outreach.pipeline.transform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Another JVM holds the run folder's writer file as the transform does: locked, its pid inside. */
class TransformWriterGuardTest {

    @TempDir
    Path run;

    private Process holder;

    @AfterEach
    void stopTheHolder() throws Exception {
        if (holder != null) {
            holder.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void returnsAtOnceWhenNoTransformEverWroteThere() throws Exception {
        new TransformWriterGuard(Duration.ofSeconds(30)).awaitNoWriter(lockFile());
    }

    @Test
    void waitsForAnEarlierTransformThatStopsByItself() throws Exception {
        holder = holdLock(Duration.ofSeconds(2));

        new TransformWriterGuard(Duration.ofSeconds(30)).awaitNoWriter(lockFile());

        assertThat(holder.waitFor(5, TimeUnit.SECONDS)).as("it ended on its own").isTrue();
        assertThat(holder.exitValue()).isZero();
    }

    @Test
    void stopsAnEarlierTransformThatOutstaysTheWait() throws Exception {
        holder = holdLock(Duration.ofHours(1));

        new TransformWriterGuard(Duration.ofSeconds(1)).awaitNoWriter(lockFile());

        assertThat(holder.isAlive()).isFalse();
        try (FileChannel channel = FileChannel.open(lockFile(), StandardOpenOption.WRITE);
             var lock = channel.tryLock()) {
            assertThat(lock).isNotNull();
        }
    }

    private Path lockFile() {
        return run.resolve(SparkTransformLauncher.WRITER_LOCK_FILE);
    }

    /** Starts a JVM that takes the lock, writes its pid, and holds it for {@code duration}. */
    private Process holdLock(Duration duration) throws Exception {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classpath, LockHolder.class.getName(), lockFile().toString(),
                Long.toString(duration.toMillis()))
                .inheritIO().start();
        for (int i = 0; i < 100 && !holding(process); i++) {
            Thread.sleep(100);
        }
        assertThat(holding(process)).as("the holder took the lock").isTrue();
        return process;
    }

    private boolean holding(Process process) throws Exception {
        return Files.exists(lockFile())
                && Files.readString(lockFile(), StandardCharsets.US_ASCII).equals(Long.toString(process.pid()));
    }

    /** The transform's WriterLock, as the launcher sees it from outside. */
    public static final class LockHolder {

        public static void main(String[] args) throws Exception {
            try (FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
                 var lock = channel.tryLock()) {
                channel.truncate(0);
                channel.write(StandardCharsets.US_ASCII.encode(Long.toString(ProcessHandle.current().pid())));
                Thread.sleep(Long.parseLong(args[1]));
            }
        }
    }
}
