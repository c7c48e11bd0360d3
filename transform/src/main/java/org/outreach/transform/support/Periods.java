package org.outreach.transform.support;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.dayofweek;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lpad;
import static org.apache.spark.sql.functions.month;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.year;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Reporting periods: calendar months ({@code 2010-11}) and UK financial years, April to March ({@code 2010/11}). */
public final class Periods {

    public static final String MONTH = "MONTH";
    public static final String FY = "FY";

    private Periods() {
    }

    /** The financial year of a date, e.g. 2011-03-31 gives {@code 2010/11}. */
    public static Column financialYear(Column date) {
        Column startYear = year(date).minus(when(month(date).lt(4), 1).otherwise(0));
        return concat(startYear.cast("string"), lit("/"),
                lpad(startYear.plus(1).mod(100).cast("string"), 2, "0"));
    }

    /**
     * The weekday's three-letter code as the bus schedule writes it ({@code MON} .. {@code SUN}).
     * Looked up by day number: {@code upper(date_format(date, "EEE"))} goes through ICU case
     * mapping row by row, which cost the demo's transform seconds of CPU on a few thousand dates.
     */
    public static Column weekday(Column date) {
        return element_at(array(lit("SUN"), lit("MON"), lit("TUE"), lit("WED"), lit("THU"), lit("FRI"),
                lit("SAT")), dayofweek(date));
    }

    public static Column calendarMonth(Column date) {
        return date_format(date, "yyyy-MM");
    }

    /** One row per period the date falls in: adds {@code period_type} and {@code period}. */
    public static Dataset<Row> withPeriods(Dataset<Row> rows, String dateColumn) {
        Column date = col(dateColumn);
        Column periods = array(
                struct(lit(MONTH).as("period_type"), calendarMonth(date).as("period")),
                struct(lit(FY).as("period_type"), financialYear(date).as("period")));
        return rows.withColumn("_period", explode(periods))
                .withColumn("period_type", col("_period.period_type"))
                .withColumn("period", col("_period.period"))
                .drop("_period");
    }

    /** Only the financial-year row of each date: adds {@code period_type} and {@code period}. */
    public static Dataset<Row> withFinancialYear(Dataset<Row> rows, String dateColumn) {
        return rows.withColumn("period_type", lit(FY))
                .withColumn("period", financialYear(col(dateColumn)));
    }
}
