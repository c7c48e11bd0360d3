package org.outreach.pipeline.cli;

/** A usage or configuration error: the command exits 2 with a message naming the key or argument. */
public class ConfigurationException extends RuntimeException {

    public ConfigurationException(String message) {
        super(message);
    }

    public ConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
