package org.outreach.ingest.support;

/** The person-key secret file is missing, unreadable, or readable by more than its owner. */
public class InsecureSecretFileException extends IllegalStateException {

    public InsecureSecretFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
