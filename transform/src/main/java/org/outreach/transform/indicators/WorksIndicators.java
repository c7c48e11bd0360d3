package org.outreach.transform.indicators;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
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
 * Thetford Works! outcomes per partner (and ALL, persons recounted across partners),
 * location ALL, topic ALL: distinct persons signed up, with a CV completed and starting a
 * job in the period (events without a person key ignored, rule 15), and, per financial
 * year, job_start_rate: of the persons signed up in the year (earliest SIGNED_UP in it),
 * the share with a JOB_START on or after that date up to the as-of date, from the same
 * partner for a partner row and any partner for ALL (rule 16).
 */
public final class WorksIndicators {

    private static final Grain GRAIN = MetaCaseIndicators.GRAIN;

    private WorksIndicators() {
    }

    public static Dataset<Row> compute(Dataset<Row> events, LocalDate asOf) {
        Dataset<Row> base = AllMembers.withAll(events.filter(col("event_date").leq(lit(Date.valueOf(asOf))))
                .withColumn("service", lit("THETFORD_WORKS"))
                .withColumn("location_code", lit(AllMembers.ALL))
                .withColumn("topic", lit(AllMembers.ALL)), "partner");
        Dataset<Row> wide = Periods.withPeriods(base, "event_date").groupBy(GRAIN.columns()).agg(
                personsWith("SIGNED_UP").as("participants_signed_up"),
                personsWith("CV_COMPLETED").as("cvs_completed"),
                personsWith("JOB_START").as("job_starts"));
        return IndicatorRows.longForm(wide,
                        Figure.count("participants_signed_up", "participants_signed_up"),
                        Figure.count("cvs_completed", "cvs_completed"),
                        Figure.count("job_starts", "job_starts"))
                .unionByName(IndicatorRows.longForm(jobStartRates(base),
                        Figure.ratio("job_start_rate", "started", "signed_up")));
    }

    private static Column personsWith(String eventType) {
        return countDistinct(when(col("event_type").equalTo(eventType), col("person_key")));
    }

    /** Rows of {@code base} already carry each event under its partner and under ALL. */
    private static Dataset<Row> jobStartRates(Dataset<Row> base) {
        Dataset<Row> keyed = base.filter(col("person_key").isNotNull());
        Dataset<Row> signUps = Periods.withFinancialYear(keyed.filter(col("event_type").equalTo("SIGNED_UP")),
                        "event_date")
                .groupBy(GRAIN.columns("person_key")).agg(min(col("event_date")).as("signed_on"));
        Dataset<Row> jobStarts = keyed.filter(col("event_type").equalTo("JOB_START"))
                .select(col("partner").as("job_partner"), col("person_key").as("job_person"),
                        col("event_date").as("started_on"));
        Dataset<Row> outcomes = signUps.join(jobStarts,
                        col("partner").equalTo(col("job_partner"))
                                .and(col("person_key").equalTo(col("job_person")))
                                .and(col("started_on").geq(col("signed_on"))), "left")
                .groupBy(GRAIN.columns("person_key"))
                .agg(max(when(col("started_on").isNotNull(), 1).otherwise(0)).as("started"));
        return outcomes.groupBy(GRAIN.columns()).agg(
                countDistinct(col("person_key")).as("signed_up"),
                countDistinct(when(col("started").equalTo(1), col("person_key"))).as("started"));
    }
}
