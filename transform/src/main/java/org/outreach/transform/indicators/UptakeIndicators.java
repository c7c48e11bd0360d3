package org.outreach.transform.indicators;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.outreach.transform.support.AllMembers;
import org.outreach.transform.support.Grain;
import org.outreach.transform.support.IndicatorRows;
import org.outreach.transform.support.Periods;

/**
 * The uptake family of INDICATORS.md from the transactions mart, per service, location
 * (and ALL), topic (and ALL), month and financial year, partner ALL:
 * transactions, anonymous_transactions, unique_clients, new_clients, service_days and
 * clients_per_service_day.
 */
public final class UptakeIndicators {

    private static final Grain GRAIN = Grain.of("service", "location_code", "topic", "period_type", "period");

    private UptakeIndicators() {
    }

    public static Dataset<Row> compute(Dataset<Row> transactions) {
        Dataset<Row> counts = counts(expand(transactions));
        Dataset<Row> withNewClients = counts
                .join(newClients(transactions), GRAIN.seq(), "left")
                .withColumn("new_clients", coalesce(col("new_clients"), lit(0L)))
                .withColumn("partner", lit(AllMembers.ALL));
        return IndicatorRows.count(withNewClients, "transactions", "transactions")
                .unionByName(IndicatorRows.count(withNewClients, "anonymous_transactions", "anonymous_transactions"))
                .unionByName(IndicatorRows.count(withNewClients, "unique_clients", "unique_clients"))
                .unionByName(IndicatorRows.count(withNewClients, "new_clients", "new_clients"))
                .unionByName(IndicatorRows.count(withNewClients, "service_days", "service_days"))
                .unionByName(IndicatorRows.ratio(withNewClients, "clients_per_service_day", "client_days",
                        "service_days"));
    }

    /** Every transaction under each of its periods, its location and ALL, its topic and ALL. */
    static Dataset<Row> expand(Dataset<Row> transactions) {
        Dataset<Row> periods = Periods.withPeriods(transactions, "transaction_date");
        return AllMembers.withAll(AllMembers.withAll(periods, "location_code"), "topic");
    }

    private static Dataset<Row> counts(Dataset<Row> expanded) {
        Dataset<Row> totals = expanded.groupBy(GRAIN.columns()).agg(
                count(lit(1)).as("transactions"),
                sum(when(col("person_key").isNull(), 1).otherwise(0)).cast("long").as("anonymous_transactions"),
                countDistinct(col("person_key")).as("unique_clients"),
                countDistinct(col("transaction_date")).as("service_days"));
        // An anonymous transaction makes a service day but adds no person (rule 7).
        Dataset<Row> clientDays = expanded
                .groupBy(GRAIN.columns("transaction_date"))
                .agg(countDistinct(col("person_key")).as("day_clients"))
                .groupBy(GRAIN.columns())
                .agg(sum(col("day_clients")).cast("long").as("client_days"));
        return totals.join(clientDays, GRAIN.seq());
    }

    /**
     * Each person's first transaction with a service over all history (earliest time, ties
     * by the smallest source id: numeric where the source's ids are, else text), counted
     * at that transaction's location, topic and periods.
     */
    static Dataset<Row> newClients(Dataset<Row> transactions) {
        Dataset<Row> firsts = transactions
                .filter(col("person_key").isNotNull())
                .withColumn("_rank", row_number().over(Window.partitionBy("service", "person_key")
                        .orderBy(col("occurred_at"), col("source_id_num").asc_nulls_last(), col("source_id"))))
                .filter(col("_rank").equalTo(1))
                .drop("_rank");
        return expand(firsts).groupBy(GRAIN.columns()).agg(countDistinct(col("person_key")).as("new_clients"));
    }
}
