package org.outreach.transform.intermediate;

import static org.apache.spark.sql.functions.array_contains;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.date_add;
import static org.apache.spark.sql.functions.dayofmonth;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.month;
import static org.apache.spark.sql.functions.sequence;
import static org.apache.spark.sql.functions.split;

import java.sql.Date;
import java.time.LocalDate;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.outreach.transform.support.Periods;

/**
 * The visits the bus schedule implies, one row per stop, date and arrival: each schedule
 * row's weekday in its weeks of the month (week n = days 7n-6 to 7n; LAST = the month's
 * last such weekday; tokens may mix) from valid_from to valid_to, stopping at the as-of
 * date. Bank holidays are included (rule 12). Answers "was this stop on the schedule on
 * date D" for any past date.
 */
public final class ScheduleCalendar {

    private ScheduleCalendar() {
    }

    public static Dataset<Row> scheduledVisits(Dataset<Row> schedule, LocalDate asOf) {
        Column asOfDate = lit(Date.valueOf(asOf));
        Column lastDay = least(coalesce(col("valid_to"), asOfDate), asOfDate);
        Column date = col("visit_date");
        Column week = dayofmonth(date).minus(1).divide(7).cast("int").plus(1);
        Column isLast = month(date_add(date, 7)).notEqual(month(date));
        Column tokens = split(col("weeks"), ",");
        return schedule
                .filter(col("valid_from").leq(lastDay))
                .withColumn("visit_date", explode(sequence(col("valid_from"), lastDay)))
                .filter(Periods.weekday(date).equalTo(col("weekday")))
                .filter(col("weeks").equalTo("ALL")
                        .or(array_contains(tokens, week.cast("string")))
                        .or(array_contains(tokens, lit("LAST")).and(isLast)))
                .select(col("location_code"), col("visit_date"), col("arrive"))
                .distinct();
    }
}
