package org.outreach.notebooks;

/** A notebook cell did not compile or threw; the message names the notebook, the cell and why. */
public final class NotebookFailedException extends Exception {

    public NotebookFailedException(String message) {
        super(message);
    }
}
