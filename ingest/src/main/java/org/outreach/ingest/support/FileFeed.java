package org.outreach.ingest.support;

import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Files of one kind: where they are dropped and how they are named, how they split into
 * records, and what each record becomes in {@code raw/<entity>/<file stem>.parquet}, the
 * dataset the schema's declaration names.
 *
 * @param personalColumns    columns whose quarantined values are masked
 * @param maxQuarantineRatio share of a file's records that may be quarantined before the
 *                           file is judged unreadable (outreach.quarantine.max-ratio)
 */
public record FileFeed<T>(String source, Path folder, Pattern names, RecordFormat format,
                          ParquetSchema<T> schema, RecordMapper<T> mapper, Set<String> personalColumns,
                          double maxQuarantineRatio) {

    /** Turns a record into an item, or says which field breaks the contract. */
    @FunctionalInterface
    public interface RecordMapper<T> {
        T map(SourceRecord record, Fields fields, DropFile file) throws ContractViolation;
    }

    private static final String RAW = "raw/";

    public FileFeed {
        if (!schema.dataset().startsWith(RAW)) {
            throw new IllegalArgumentException("a file feed writes a raw dataset, not " + schema.dataset());
        }
        personalColumns = Set.copyOf(personalColumns);
    }

    /** The raw dataset's name in the lake, e.g. {@code bus/visits}. */
    public String entity() {
        return schema.dataset().substring(RAW.length());
    }
}
