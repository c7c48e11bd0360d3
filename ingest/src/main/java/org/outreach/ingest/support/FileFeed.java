package org.outreach.ingest.support;

import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Files of one kind: where they are dropped and how they are named, how they split into
 * records, and what each record becomes in {@code raw/<entity>/<file stem>.parquet}.
 *
 * @param personalColumns    columns whose quarantined values are masked
 * @param maxQuarantineRatio share of a file's records that may be quarantined before the
 *                           file is judged unreadable (outreach.quarantine.max-ratio)
 */
public record FileFeed<T>(String source, String entity, Path folder, Pattern names, RecordFormat format,
                          ParquetSchema<T> schema, RecordMapper<T> mapper, Set<String> personalColumns,
                          double maxQuarantineRatio) {

    /** Turns a record into an item, or says which field breaks the contract. */
    @FunctionalInterface
    public interface RecordMapper<T> {
        T map(SourceRecord record, Fields fields, DropFile file) throws ContractViolation;
    }

    public FileFeed {
        personalColumns = Set.copyOf(personalColumns);
    }
}
