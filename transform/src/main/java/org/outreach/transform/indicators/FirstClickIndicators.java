package org.outreach.transform.indicators;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.sql.Date;
import java.time.LocalDate;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.outreach.transform.support.AllMembers;
import org.outreach.transform.support.Grain;
import org.outreach.transform.support.IndicatorRows;
import org.outreach.transform.support.IndicatorRows.Figure;
import org.outreach.transform.support.Periods;

/**
 * First Click outcomes per venue location (and ALL), topic ALL, by session date:
 * bookings, attendances, completions (completed counts only if attended), attendance_rate,
 * completion_rate and mean_feedback (over attended bookings with a score).
 */
public final class FirstClickIndicators {

    private static final Grain GRAIN = MetaCaseIndicators.GRAIN;

    private FirstClickIndicators() {
    }

    public static Dataset<Row> compute(Dataset<Row> bookings, LocalDate asOf) {
        Dataset<Row> base = bookings.filter(col("session_date").leq(lit(Date.valueOf(asOf))))
                .withColumn("service", lit("FIRST_CLICK"))
                .withColumn("topic", lit(AllMembers.ALL))
                .withColumn("partner", lit(AllMembers.ALL));
        Column attended = col("attended").equalTo(true);
        Column scored = attended.and(col("feedback").isNotNull());
        Dataset<Row> wide = AllMembers.withAll(Periods.withPeriods(base, "session_date"), "location_code")
                .groupBy(GRAIN.columns()).agg(
                        count(lit(1)).as("bookings"),
                        sum(when(attended, 1).otherwise(0)).cast("long").as("attendances"),
                        sum(when(attended.and(col("completed").equalTo(true)), 1).otherwise(0)).cast("long")
                                .as("completions"),
                        sum(when(scored, col("feedback")).otherwise(0)).cast("long").as("feedback_total"),
                        sum(when(scored, 1).otherwise(0)).cast("long").as("feedback_scores"));
        return IndicatorRows.longForm(wide,
                Figure.count("bookings", "bookings"),
                Figure.count("attendances", "attendances"),
                Figure.count("completions", "completions"),
                Figure.ratio("attendance_rate", "attendances", "bookings"),
                Figure.ratio("completion_rate", "completions", "attendances"),
                Figure.ratio("mean_feedback", "feedback_total", "feedback_scores"));
    }
}
