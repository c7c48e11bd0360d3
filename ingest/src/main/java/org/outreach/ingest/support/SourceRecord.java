package org.outreach.ingest.support;

import java.util.Map;

/**
 * One record of a dropped file, as its reader found it: the physical line where it starts
 * (header = line 1) or the sheet row, and its values by column name (text, or typed values
 * where the format has types: Excel dates, JSON numbers and booleans). A record the reader
 * could not split into fields carries the violation instead.
 */
public record SourceRecord(long line, Map<String, Object> values, ContractViolation unreadable) {

    public static SourceRecord of(long line, Map<String, Object> values) {
        return new SourceRecord(line, values, null);
    }

    public static SourceRecord broken(long line, ContractViolation violation) {
        return new SourceRecord(line, Map.of(), violation);
    }
}
