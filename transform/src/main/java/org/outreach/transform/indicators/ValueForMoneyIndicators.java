package org.outreach.transform.indicators;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.make_date;
import static org.apache.spark.sql.functions.sequence;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.year;

import java.time.LocalDate;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.outreach.transform.intermediate.ClientYears;
import org.outreach.transform.intermediate.TransactionDays;
import org.outreach.transform.support.AllMembers;
import org.outreach.transform.support.Grain;
import org.outreach.transform.support.IndicatorRows;
import org.outreach.transform.support.IndicatorRows.Figure;
import org.outreach.transform.support.Periods;
import org.outreach.transform.support.ServiceBits;

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

    /**
     * @param transactionDays {@link TransactionDays}
     * @param clientYears     {@link ClientYears}
     */
    public static Dataset<Row> compute(Dataset<Row> funding, Dataset<Row> transactionDays, Dataset<Row> clientYears,
                                       LocalDate asOf) {
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

        Dataset<Row> wide = fundingByService
                .join(transactions(transactionDays), Grain.of("service", "period").seq(), "left")
                .join(clients(clientYears), Grain.of("service", "period").seq(), "left")
                .na().fill(0L, new String[] {"transactions", "clients"})
                .withColumn("location_code", lit(AllMembers.ALL))
                .withColumn("topic", lit(AllMembers.ALL))
                .withColumn("partner", lit(AllMembers.ALL))
                .withColumn("period_type", lit(Periods.FY))
                .select(GRAIN.columns("funding_gbp", "transactions", "clients"));
        return IndicatorRows.longForm(wide,
                Figure.count("funding_gbp", "funding_gbp"),
                Figure.ratio("cost_per_transaction", "funding_gbp", "transactions"),
                Figure.ratio("cost_per_client", "funding_gbp", "clients"));
    }

    /** Transactions per service (and ALL) and financial year. */
    private static Dataset<Row> transactions(Dataset<Row> transactionDays) {
        return AllMembers.withAll(Periods.withFinancialYear(transactionDays, "transaction_date"), "service")
                .groupBy(col("service"), col("period"))
                .agg(sum(col("transactions")).as("transactions"));
    }

    /** Distinct persons per service (and ALL) and financial year: each person-year once under ALL and each of its services. */
    private static Dataset<Row> clients(Dataset<Row> clientYears) {
        Column[] members = new Column[ServiceBits.SERVICES.size() + 1];
        members[0] = lit(AllMembers.ALL);
        for (int i = 0; i < ServiceBits.SERVICES.size(); i++) {
            String service = ServiceBits.SERVICES.get(i);
            members[i + 1] = when(ServiceBits.has(col("services"), service), lit(service));
        }
        return clientYears.select(col("period"), explode(array(members)).as("service"))
                .filter(col("service").isNotNull())
                .groupBy(col("service"), col("period"))
                .agg(count(lit(1)).as("clients"));
    }
}
