package org.outreach.ingest.support;

import java.nio.file.Path;

/** The whole file cannot be read: the step fails, naming the file and why. */
public class UnreadableFileException extends RuntimeException {

    public UnreadableFileException(Path file, String reason, Throwable cause) {
        super(file + ": " + reason, cause);
    }

    public UnreadableFileException(Path file, String reason) {
        super(file + ": " + reason);
    }
}
