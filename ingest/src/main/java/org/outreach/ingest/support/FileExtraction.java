package org.outreach.ingest.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Extracts one dropped file into the lake: its valid records to
 * {@code raw/<entity>/<file stem>.parquet} and its broken ones to
 * {@code raw/_quarantine/<entity>/<file stem>.parquet}, both replacing what an earlier
 * version of the same file left, so a re-sent month replaces the month.
 */
public final class FileExtraction<T> {

    /** Turns a record into an item, or says which field breaks the contract. */
    @FunctionalInterface
    public interface RecordMapper<T> {
        T map(SourceRecord record, Fields fields, DropFile file) throws ContractViolation;
    }

    public record Counts(long read, long written, long quarantined) {
        Counts plus(Counts other) {
            return new Counts(read + other.read, written + other.written, quarantined + other.quarantined);
        }
    }

    static final Counts NONE = new Counts(0, 0, 0);

    private final String source;
    private final String entity;
    private final ParquetSchema<T> schema;
    private final RecordReader reader;
    private final RecordMapper<T> mapper;
    private final Set<String> personalColumns;
    private final double maxQuarantineRatio;

    public FileExtraction(String source, String entity, ParquetSchema<T> schema, RecordReader reader,
                          RecordMapper<T> mapper, Set<String> personalColumns, double maxQuarantineRatio) {
        this.source = source;
        this.entity = entity;
        this.schema = schema;
        this.reader = reader;
        this.mapper = mapper;
        this.personalColumns = Set.copyOf(personalColumns);
        this.maxQuarantineRatio = maxQuarantineRatio;
    }

    public String entity() {
        return entity;
    }

    public Counts extract(DropFile file, Path lake, String runId) throws IOException {
        List<T> items = new ArrayList<>();
        List<QuarantineRecord> quarantined = new ArrayList<>();
        List<SourceRecord> records = reader.read(file.path());
        for (SourceRecord record : records) {
            try {
                if (record.unreadable() != null) {
                    throw record.unreadable();
                }
                items.add(mapper.map(record, new Fields(record), file));
            } catch (ContractViolation violation) {
                String value = personalColumns.contains(violation.field())
                        ? QuarantineRecord.mask(violation.value()) : violation.value();
                quarantined.add(new QuarantineRecord(runId, source, file.name(), Long.toString(record.line()),
                        violation.field(), violation.reason(), value, null));
            }
        }
        if (!records.isEmpty() && (double) quarantined.size() / records.size() > maxQuarantineRatio) {
            throw new UnreadableFileException(file.path(), quarantined.size() + " of " + records.size()
                    + " records break the contract, more than the allowed ratio " + maxQuarantineRatio
                    + " (outreach.quarantine.max-ratio); first: line " + quarantined.get(0).lineOrKey() + " "
                    + quarantined.get(0).field() + ": " + quarantined.get(0).reason());
        }
        ParquetFiles.replace(lake.resolve("raw").resolve(entity).resolve(file.stem() + ".parquet"), schema, items);
        Path quarantine = lake.resolve("raw/_quarantine").resolve(entity).resolve(file.stem() + ".parquet");
        if (quarantined.isEmpty()) {
            Files.deleteIfExists(quarantine);
        } else {
            ParquetFiles.replace(quarantine, QuarantineRecord.COLUMNS, quarantined);
        }
        return new Counts(records.size(), items.size(), quarantined.size());
    }
}
