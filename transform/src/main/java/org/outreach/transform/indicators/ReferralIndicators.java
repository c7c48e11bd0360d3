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
 * Referrals per partner (and ALL), location ALL, topic ALL, by referred_on: the count, and
 * referral_conversion_rate = COMPLETED / (COMPLETED + DECLINED + NO_CONTACT). Pending ones
 * are left out; an outcome dated after the as-of date was still pending then.
 */
public final class ReferralIndicators {

    private static final Grain GRAIN = MetaCaseIndicators.GRAIN;

    private ReferralIndicators() {
    }

    public static Dataset<Row> compute(Dataset<Row> referrals, LocalDate asOf) {
        Column asOfDate = lit(Date.valueOf(asOf));
        Dataset<Row> base = referrals.filter(col("referred_on").leq(asOfDate))
                .withColumn("service", lit("REFERRALS"))
                .withColumn("location_code", lit(AllMembers.ALL))
                .withColumn("topic", lit(AllMembers.ALL))
                .withColumn("decided", col("outcome").isNotNull()
                        .and(col("outcome_on").isNull().or(col("outcome_on").leq(asOfDate))));
        Dataset<Row> wide = AllMembers.withAll(Periods.withPeriods(base, "referred_on"), "partner")
                .groupBy(GRAIN.columns()).agg(
                        count(lit(1)).as("referrals"),
                        sum(when(col("decided").and(col("outcome").equalTo("COMPLETED")), 1).otherwise(0))
                                .cast("long").as("completed"),
                        sum(when(col("decided"), 1).otherwise(0)).cast("long").as("decided"));
        return IndicatorRows.longForm(wide,
                Figure.count("referrals", "referrals"),
                Figure.ratio("referral_conversion_rate", "completed", "decided"));
    }
}
