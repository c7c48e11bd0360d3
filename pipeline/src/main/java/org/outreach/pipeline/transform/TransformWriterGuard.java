package org.outreach.pipeline.transform;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a restarted run from launching a second transform beside one still writing the same
 * run folder. The transform holds an OS lock on the folder's writer file, with its pid inside
 * (the transform's {@code WriterLock}). An orphan stops by itself within a second or two of
 * its parent's death, so the guard first waits; a holder that outstays the wait is stopped.
 */
final class TransformWriterGuard {

    private static final Logger log = LoggerFactory.getLogger(TransformWriterGuard.class);
    private static final Duration POLL = Duration.ofMillis(250);
    private static final Duration KILL_GRACE = Duration.ofSeconds(10);

    private final Duration wait;

    TransformWriterGuard(Duration wait) {
        this.wait = wait;
    }

    /** Returns once no process holds {@code lockFile}: at once when none does. */
    void awaitNoWriter(Path lockFile) throws IOException, InterruptedException {
        if (!Files.exists(lockFile) || isFree(lockFile)) {
            return;
        }
        Optional<ProcessHandle> holder = holder(lockFile);
        log.warn("an earlier transform (pid {}) still writes to {}; waiting up to {} s for it to stop",
                holder.map(h -> Long.toString(h.pid())).orElse("unknown"), lockFile.getParent(), wait.toSeconds());
        if (waitUntilFree(lockFile, wait)) {
            return;
        }
        if (holder.isEmpty()) {
            throw new TransformFailedException("another process holds " + lockFile
                    + " and its pid is unknown; stop it, then rerun");
        }
        log.warn("stopping the earlier transform (pid {})", holder.get().pid());
        holder.get().destroy();
        try {
            holder.get().onExit().get(KILL_GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            holder.get().destroyForcibly();
        }
        if (!waitUntilFree(lockFile, KILL_GRACE)) {
            throw new TransformFailedException("the earlier transform (pid " + holder.get().pid()
                    + ") still holds " + lockFile);
        }
    }

    private static boolean waitUntilFree(Path lockFile, Duration limit) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(limit);
        while (Instant.now().isBefore(deadline)) {
            if (isFree(lockFile)) {
                return true;
            }
            Thread.sleep(POLL.toMillis());
        }
        return isFree(lockFile);
    }

    private static boolean isFree(Path lockFile) throws IOException {
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            return lock != null;
        }
    }

    private static Optional<ProcessHandle> holder(Path lockFile) throws IOException {
        String pid = Files.readString(lockFile, StandardCharsets.US_ASCII).strip();
        if (!pid.matches("\\d+")) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(pid));
    }
}
