package org.outreach.transform.indicators;

import static org.apache.spark.sql.functions.add_months;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.when;

import java.sql.Date;
import java.time.LocalDate;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.outreach.transform.intermediate.TransactionDays;
import org.outreach.transform.support.AllMembers;
import org.outreach.transform.support.Grain;
import org.outreach.transform.support.IndicatorRows;
import org.outreach.transform.support.IndicatorRows.Figure;
import org.outreach.transform.support.Periods;

/**
 * One Stop Bus operations per stop (and ALL), topic ALL, partner ALL: scheduled_visits (from
 * the schedule calendar), completed_visits (visit rows COMPLETED, scheduled or not),
 * visit_completion_rate, footfall (over completed visits), transactions_per_visit (BUS
 * channel transactions over completed visits) and, per stop and month, review_flag.
 * A stop-period exists when it has a scheduled visit or a visit row.
 */
public final class BusOperationsIndicators {

    private static final Grain GRAIN = MetaCaseIndicators.GRAIN;
    private static final String BUS = "ONE_STOP_BUS";

    private BusOperationsIndicators() {
    }

    /**
     * @param scheduled    ScheduleCalendar's scheduled visits
     * @param visits       visit rows (valid ones; quarantined rows count nowhere)
     * @param transactionDays {@link TransactionDays}
     */
    public static Dataset<Row> compute(Dataset<Row> scheduled, Dataset<Row> visits, Dataset<Row> transactionDays,
                                       LocalDate asOf, double reviewThreshold) {
        Column asOfDate = lit(Date.valueOf(asOf));
        Dataset<Row> visitRows = visits.filter(col("visit_date").leq(asOfDate));
        Dataset<Row> combinations = expand(scheduled.select("location_code", "visit_date"), "visit_date")
                .unionByName(expand(visitRows.select("location_code", "visit_date"), "visit_date"))
                .select(GRAIN.columns()).distinct();
        Dataset<Row> scheduledCounts = expand(scheduled, "visit_date").groupBy(GRAIN.columns())
                .agg(count(lit(1)).as("scheduled_visits"));
        Dataset<Row> completed = expand(visitRows.filter(col("status").equalTo("COMPLETED")), "visit_date")
                .groupBy(GRAIN.columns())
                .agg(count(lit(1)).as("completed_visits"),
                        sum(coalesce(col("footfall"), lit(0L))).cast("long").as("footfall"));
        Dataset<Row> busTransactions = expand(transactionDays.filter(col("service").equalTo(BUS))
                        .select("location_code", "transaction_date", "transactions"), "transaction_date")
                .groupBy(GRAIN.columns()).agg(sum(col("transactions")).as("bus_transactions"));
        Dataset<Row> wide = combinations
                .join(scheduledCounts, GRAIN.seq(), "left")
                .join(completed, GRAIN.seq(), "left")
                .join(busTransactions, GRAIN.seq(), "left")
                .na().fill(0L, new String[] {"scheduled_visits", "completed_visits", "footfall", "bus_transactions"})
                .cache();
        return IndicatorRows.longForm(wide,
                        Figure.count("scheduled_visits", "scheduled_visits"),
                        Figure.count("completed_visits", "completed_visits"),
                        Figure.ratio("visit_completion_rate", "completed_visits", "scheduled_visits"),
                        Figure.count("footfall", "footfall"),
                        Figure.ratio("transactions_per_visit", "bus_transactions", "completed_visits"))
                .unionByName(reviewFlags(wide, reviewThreshold));
    }

    /**
     * 1 when transactions per visit was below the threshold (strictly) in the month and in
     * each of the two preceding calendar months, each with a completed visit; else 0.
     */
    static Dataset<Row> reviewFlags(Dataset<Row> wide, double threshold) {
        Dataset<Row> months = wide.filter(col("period_type").equalTo(Periods.MONTH)
                        .and(col("location_code").notEqual(AllMembers.ALL)))
                .withColumn("month_start", to_date(col("period"), "yyyy-MM"))
                .withColumn("low", col("completed_visits").gt(0)
                        .and(col("bus_transactions").divide(col("completed_visits")).lt(threshold)));
        Dataset<Row> lowMonths = months.filter(col("low")).select(col("location_code"), col("month_start"));
        Dataset<Row> previous = lowMonths.select(col("location_code").as("previous_location"),
                col("month_start").as("previous_start"));
        Dataset<Row> beforeThat = lowMonths.select(col("location_code").as("before_location"),
                col("month_start").as("before_start"));
        Dataset<Row> flagged = months
                .join(previous, col("location_code").equalTo(col("previous_location"))
                        .and(col("previous_start").equalTo(add_months(col("month_start"), -1))), "left")
                .join(beforeThat, col("location_code").equalTo(col("before_location"))
                        .and(col("before_start").equalTo(add_months(col("month_start"), -2))), "left")
                .withColumn("review_flag", when(col("low").and(col("previous_start").isNotNull())
                        .and(col("before_start").isNotNull()), 1L).otherwise(0L));
        return IndicatorRows.longForm(flagged, Figure.count("review_flag", "review_flag"));
    }

    private static Dataset<Row> expand(Dataset<Row> rows, String dateColumn) {
        return AllMembers.withAll(Periods.withPeriods(rows, dateColumn)
                .withColumn("service", lit(BUS))
                .withColumn("topic", lit(AllMembers.ALL))
                .withColumn("partner", lit(AllMembers.ALL)), "location_code");
    }
}
