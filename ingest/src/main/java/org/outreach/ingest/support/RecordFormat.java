package org.outreach.ingest.support;

import java.nio.file.Path;

/** How a dropped file splits into records, one at a time: memory stays flat as the file grows. */
public interface RecordFormat {

    /** @throws UnreadableFileException when the file cannot be opened as this format */
    Cursor open(Path file);

    /** The records of one open file, in order. */
    interface Cursor extends AutoCloseable {

        /**
         * The next record, or null at the end of the file.
         *
         * @throws UnreadableFileException when the rest of the file cannot be read
         */
        SourceRecord next();

        @Override
        void close();
    }
}
