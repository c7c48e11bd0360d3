package org.outreach.warehouse.pack;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period of the funder pack: a UK financial year (April to March, written
 * {@code 2010/11}) or a calendar month ({@code 2010-11}), the two forms of
 * indicator_values.period.
 *
 * @param first the period's first month (April for a financial year)
 */
public record Period(Type type, YearMonth first) {

    /** The values of indicator_values.period_type. */
    public enum Type {
        FY, MONTH
    }

    private static final Pattern FINANCIAL_YEAR = Pattern.compile("(\\d{4})/(\\d{2})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");

    public Period {
        if (type == Type.FY && first.getMonth() != Month.APRIL) {
            throw new IllegalArgumentException("a financial year starts in April, not " + first);
        }
    }

    /** Reads {@code 2010/11} (financial year April 2010 to March 2011) or {@code 2010-11} (November 2010). */
    public static Period parse(String text) {
        Matcher year = FINANCIAL_YEAR.matcher(text);
        if (year.matches()) {
            int start = Integer.parseInt(year.group(1));
            if (Integer.parseInt(year.group(2)) == (start + 1) % 100) {
                return new Period(Type.FY, YearMonth.of(start, Month.APRIL));
            }
        }
        Matcher month = MONTH.matcher(text);
        if (month.matches()) {
            int number = Integer.parseInt(month.group(2));
            if (number >= 1 && number <= 12) {
                return new Period(Type.MONTH, YearMonth.of(Integer.parseInt(month.group(1)), number));
            }
        }
        throw new IllegalArgumentException("bad period '" + text + "': expected a financial year like 2010/11"
                + " (April 2010 to March 2011) or a month like 2010-11 (November 2010)");
    }

    public static Period financialYearOf(LocalDate date) {
        int start = date.getMonthValue() >= Month.APRIL.getValue() ? date.getYear() : date.getYear() - 1;
        return new Period(Type.FY, YearMonth.of(start, Month.APRIL));
    }

    /** The financial year before a financial year, the month before a month. */
    public Period previous() {
        return new Period(type, type == Type.FY ? first.minusYears(1) : first.minusMonths(1));
    }

    public YearMonth last() {
        return type == Type.FY ? first.plusMonths(11) : first;
    }

    /** As indicator_values.period writes it. */
    public String label() {
        return type == Type.FY
                ? first.getYear() + "/" + String.format("%02d", (first.getYear() + 1) % 100)
                : first.toString();
    }

    public String folderName() {
        return type == Type.FY ? "fy-" + label().replace('/', '-') : "month-" + label();
    }

    @Override
    public String toString() {
        return label();
    }
}
