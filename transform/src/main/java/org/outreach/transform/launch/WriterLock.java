package org.outreach.transform.launch;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * The run folder's one writer: this JVM holds an OS lock on a file the launcher names
 * ({@value #LOCK_FILE_PROPERTY}) for as long as it runs, with its pid inside, so that a
 * restarted run can tell that an earlier transform still writes there, and which one. The OS
 * releases the lock when the process dies, however it dies.
 */
public final class WriterLock implements AutoCloseable {

    public static final String LOCK_FILE_PROPERTY = "outreach.transform.lock-file";

    private final FileChannel channel;
    private final FileLock lock;

    private WriterLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock the launcher asked for, if any; fails when another process holds it. */
    public static Optional<WriterLock> fromSystemProperties() throws IOException {
        String file = System.getProperty(LOCK_FILE_PROPERTY);
        return file == null || file.isBlank() ? Optional.empty() : Optional.of(acquire(Path.of(file)));
    }

    static WriterLock acquire(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = channel.tryLock();
        if (lock == null) {
            channel.close();
            throw new IllegalStateException("another transform is writing to " + file.getParent()
                    + " (it holds " + file + ")");
        }
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.US_ASCII)));
        channel.force(false);
        return new WriterLock(channel, lock);
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }
}
