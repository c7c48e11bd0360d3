package org.outreach.ingest.support;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Set;

/** Typed access to a source record's values; every failure names the column and why. */
public final class Fields {

    private final SourceRecord record;

    /**
     * A date format that rejects impossible dates (31/02/2011) instead of moving them to the
     * month's last day, as Java's default resolver would.
     */
    public static DateTimeFormatter strictDates(String pattern) {
        return DateTimeFormatter.ofPattern(pattern.replace("yyyy", "uuuu").replace("yy", "uu"))
                .withResolverStyle(ResolverStyle.STRICT);
    }

    public Fields(SourceRecord record) {
        this.record = record;
    }

    /** The value as text, null when absent or blank. */
    public String text(String column) {
        Object value = record.values().get(column);
        if (value == null) {
            return null;
        }
        String text = value instanceof Double d && d == Math.rint(d) ? Long.toString(d.longValue()) : value.toString();
        return text.isBlank() ? null : text.strip();
    }

    public String required(String column) throws ContractViolation {
        String text = text(column);
        if (text == null) {
            throw new ContractViolation(column, "missing required field", null);
        }
        return text;
    }

    public String oneOf(String column, Set<String> accepted) throws ContractViolation {
        String text = required(column);
        if (!accepted.contains(text)) {
            throw new ContractViolation(column, "unknown value", text);
        }
        return text;
    }

    /**
     * A date: an Excel date cell, or text in the given format. With no format (an Excel date
     * column) text is a contract violation.
     */
    public LocalDate date(String column, DateTimeFormatter format) throws ContractViolation {
        Object value = record.values().get(column);
        if (value instanceof LocalDate date) {
            return date;
        }
        String text = required(column);
        if (format == null) {
            throw new ContractViolation(column, "text in a date cell", text);
        }
        try {
            return LocalDate.parse(text, format);
        } catch (DateTimeParseException e) {
            throw new ContractViolation(column, "unparseable date", text);
        }
    }

    /** An optional date, quarantined only when present and unparseable. */
    public LocalDate optionalDate(String column, DateTimeFormatter format) throws ContractViolation {
        return text(column) == null && !(record.values().get(column) instanceof LocalDate) ? null
                : date(column, format);
    }

    public Long optionalWholeNumber(String column) throws ContractViolation {
        String text = text(column);
        if (text == null) {
            return null;
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new ContractViolation(column, "not a whole number", text);
        }
    }

    public boolean bool(String column) throws ContractViolation {
        Object value = record.values().get(column);
        if (value instanceof Boolean b) {
            return b;
        }
        throw new ContractViolation(column, value == null ? "missing required field" : "not true or false",
                value == null ? null : value.toString());
    }
}
