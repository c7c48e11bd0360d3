package org.outreach.ingest.support;

/** A record turned into its feed's item, with the file it came from: the step's output item. */
public record FileItem(PendingFile file, Object item) {
}
