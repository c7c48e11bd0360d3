package org.outreach.ingest.support;

import java.nio.file.Path;
import java.util.List;

/** Splits a dropped file into records. */
public interface RecordReader {

    /** @throws UnreadableFileException when the file as a whole cannot be read */
    List<SourceRecord> read(Path file);
}
