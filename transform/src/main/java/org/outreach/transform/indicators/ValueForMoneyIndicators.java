package org.outreach.transform.indicators;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.make_date;
import static org.apache.spark.sql.functions.sequence;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.year;

import java.time.LocalDate;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.outreach.transform.support.AllMembers;
import org.outreach.transform.support.Grain;
import org.outreach.transform.support.IndicatorRows;
import org.outreach.transform.support.Periods;

/**
 * Value for money per financial year: funding_gbp, every funding row pro rata by inclusive
 * days of overlap over the row's inclusive days, at service ALL (every row) and per service
 * with funding rows of its own; cost_per_transaction and cost_per_client divide it by the
 * year's transactions and distinct persons, of the four services at ALL and of the service
 * otherwise. Years: those a funding row overlaps, up to the as-of date's year (rule 19).
 */
public final class ValueForMoneyIndicators {

    private static final Grain GRAIN = MetaCaseIndicators.GRAIN;

    private ValueForMoneyIndicators() {
    }

    public static Dataset<Row> compute(Dataset<Row> funding, Dataset<Row> transactions, LocalDate asOf) {
        int lastYear = asOf.getMonthValue() < 4 ? asOf.getYear() - 1 : asOf.getYear();
        Column fyStart = make_date(col("fy"), lit(4), lit(1));
        Column fyEnd = make_date(col("fy").plus(1), lit(3), lit(31));
        Column overlapDays = datediff(least(fyEnd, col("period_end")), greatest(fyStart, col("period_start"))).plus(1);
        Column rowDays = datediff(col("period_end"), col("period_start")).plus(1);
        Dataset<Row> shares = funding
                .withColumn("fy", explode(sequence(year(col("period_start")).minus(1), year(col("period_end")))))
                .filter(col("fy").leq(lastYear))
                .withColumn("overlap_days", overlapDays)
                .filter(col("overlap_days").gt(0))
                .withColumn("share", col("amount_gbp").cast("double").multiply(col("overlap_days"))
                        .divide(rowDays))
                .withColumn("period", Periods.financialYear(fyStart));
        Dataset<Row> perService = shares.filter(col("service").notEqual(AllMembers.ALL))
                .groupBy(col("service"), col("period")).agg(sum(col("share")).as("funding_gbp"));
        Dataset<Row> all = shares.groupBy(col("period")).agg(sum(col("share")).as("funding_gbp"))
                .withColumn("service", lit(AllMembers.ALL));
        Dataset<Row> fundingByService = perService.unionByName(all);

        Dataset<Row> uptake = AllMembers.withAll(Periods.withFinancialYear(transactions, "transaction_date"),
                        "service")
                .groupBy(col("service"), col("period"))
                .agg(count(lit(1)).as("transactions"), countDistinct(col("person_key")).as("clients"));
        Dataset<Row> wide = fundingByService.join(uptake, Grain.of("service", "period").seq(), "left")
                .na().fill(0L, new String[] {"transactions", "clients"})
                .withColumn("location_code", lit(AllMembers.ALL))
                .withColumn("topic", lit(AllMembers.ALL))
                .withColumn("partner", lit(AllMembers.ALL))
                .withColumn("period_type", lit(Periods.FY))
                .select(GRAIN.columns("funding_gbp", "transactions", "clients"));
        return IndicatorRows.count(wide, "funding_gbp", "funding_gbp")
                .unionByName(IndicatorRows.ratio(wide, "cost_per_transaction", "funding_gbp", "transactions"))
                .unionByName(IndicatorRows.ratio(wide, "cost_per_client", "funding_gbp", "clients"));
    }
}
