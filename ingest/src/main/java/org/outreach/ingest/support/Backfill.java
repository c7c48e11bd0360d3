package org.outreach.ingest.support;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.batch.core.job.parameters.JobParameters;

/**
 * A run that recomputes a past range ({@code ./outreach backfill}): it re-reads the
 * databases' row versions from the range's first day, whatever the lake's watermark, and
 * takes again the dropped files of the range's months, whatever the ledger says. The lake
 * keeps only versions it does not hold and a re-taken file replaces its month, so a backfill
 * adds what the nightly runs missed and changes nothing else.
 */
public record Backfill(LocalDate from, LocalDate to) {

    public static final String FROM_PARAMETER = "backfillFrom";
    public static final String TO_PARAMETER = "backfillTo";

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");

    public Backfill {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("a backfill range runs forwards: " + from + " is after " + to);
        }
    }

    /** The backfill a run's parameters ask for, if any. */
    public static Optional<Backfill> of(JobParameters parameters) {
        LocalDate from = parameters.getLocalDate(FROM_PARAMETER);
        LocalDate to = parameters.getLocalDate(TO_PARAMETER);
        return from == null || to == null ? Optional.empty() : Optional.of(new Backfill(from, to));
    }

    /** The first row version a database read takes. */
    public LocalDateTime readFrom() {
        return from.atStartOfDay();
    }

    /**
     * Whether a dropped file is taken again: a monthly file (its name holds yyyy-MM) when its
     * month overlaps the range; a file of no month (a whole schedule, reference data) always.
     */
    public boolean covers(DropFile file) {
        Matcher month = MONTH.matcher(file.name());
        if (!month.find()) {
            return true;
        }
        YearMonth fileMonth = YearMonth.of(Integer.parseInt(month.group(1)), Integer.parseInt(month.group(2)));
        return !fileMonth.isBefore(YearMonth.from(from)) && !fileMonth.isAfter(YearMonth.from(to));
    }

    @Override
    public String toString() {
        return "backfill " + from + " to " + to;
    }
}
