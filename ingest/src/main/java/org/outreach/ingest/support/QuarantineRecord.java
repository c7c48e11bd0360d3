package org.outreach.ingest.support;


import java.time.LocalDateTime;
import java.util.List;

/**
 * A record that broke the contract of SOURCES.md, kept with where it came from and why.
 *
 * @param source    source system: crm, meta, bus, works, firstclick, referrals, reference
 * @param origin    the file name or table
 * @param lineOrKey the physical line where the record starts (header = line 1), the sheet
 *                  row, or the key of a database row
 * @param field     the offending field
 * @param reason    why it was quarantined
 * @param rawValue  the offending value, masked when the field is personal
 * @param version   the source row's version (databases), or null
 */
public record QuarantineRecord(String runId, String source, String origin, String lineOrKey, String field,
                               String reason, String rawValue, LocalDateTime version) {

    static final ParquetSchema<QuarantineRecord> COLUMNS =
            ParquetSchema.ofRecord("raw/_quarantine", QuarantineRecord.class);

    /**
     * The quarantine of one raw dataset (e.g. {@code crm/service_transaction}), kept beside the
     * lake's raw data and deduplicated like it, so re-reading an overlap adds nothing.
     */
    public static LakeDataset datasetFor(LakeDataset raw) {
        return new LakeDataset("_quarantine/" + raw.name(), List.of("origin", "line_or_key", "field", "reason"),
                "version");
    }

    /** Keeps the shape of a personal value (length, punctuation) and hides its letters and digits. */
    public static String mask(String value) {
        return value == null ? null : value.replaceAll("[\\p{L}\\p{N}]", "*");
    }
}
