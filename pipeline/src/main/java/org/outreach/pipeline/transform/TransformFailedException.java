package org.outreach.pipeline.transform;

public class TransformFailedException extends RuntimeException {

    public TransformFailedException(String message) {
        super(message);
    }
}
