package org.outreach.ingest.support;

/** A record as the file drop reader found it, with the file it came from: the step's input item. */
public record FileRecord(PendingFile file, SourceRecord record) {
}
