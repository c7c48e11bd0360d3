package org.outreach.transform.indicators;

import static org.apache.spark.sql.functions.bit_count;
import static org.apache.spark.sql.functions.bit_or;
import static org.apache.spark.sql.functions.call_function;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.dayofmonth;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.sum;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.outreach.transform.intermediate.ClientDays;
import org.outreach.transform.intermediate.TransactionDays;
import org.outreach.transform.support.AllMembers;
import org.outreach.transform.support.Grain;
import org.outreach.transform.support.IndicatorRows;
import org.outreach.transform.support.IndicatorRows.Figure;
import org.outreach.transform.support.Periods;

/**
 * The uptake family of INDICATORS.md, per service, location (and ALL), topic (and ALL),
 * month and financial year, partner ALL: transactions, anonymous_transactions,
 * unique_clients, new_clients, service_days and clients_per_service_day. Volumes come from
 * {@link TransactionDays}, persons from {@link ClientDays}; a grain exists when it has
 * transactions, with 0 persons when all of them were anonymous.
 */
public final class UptakeIndicators {

    private static final Grain GRAIN = Grain.of("service", "location_code", "topic", "period_type", "period");
    /** The grain without its period: what the persons are counted within, month by month and year by year. */
    private static final Grain PLACE = Grain.of("service", "location_code", "topic");

    private UptakeIndicators() {
    }

    public static Dataset<Row> compute(Dataset<Row> transactionDays, Dataset<Row> clientDays) {
        Dataset<Row> wide = volumes(transactionDays)
                .join(clients(clientDays), GRAIN.seq(), "left")
                .na().fill(0L, new String[] {"unique_clients", "client_days", "new_clients"})
                .withColumn("partner", lit(AllMembers.ALL));
        return IndicatorRows.longForm(wide,
                Figure.count("transactions", "transactions"),
                Figure.count("anonymous_transactions", "anonymous_transactions"),
                Figure.count("unique_clients", "unique_clients"),
                Figure.count("new_clients", "new_clients"),
                Figure.count("service_days", "service_days"),
                Figure.ratio("clients_per_service_day", "client_days", "service_days"));
    }

    /** Rows under each of their periods, their location and ALL, their topic and ALL. */
    static Dataset<Row> expand(Dataset<Row> rows) {
        Dataset<Row> periods = Periods.withPeriods(rows, "transaction_date");
        return AllMembers.withAll(AllMembers.withAll(periods, "location_code"), "topic");
    }

    /** Transactions, anonymous ones and service days (days with a transaction) per grain. */
    private static Dataset<Row> volumes(Dataset<Row> transactionDays) {
        return expand(transactionDays)
                .groupBy(GRAIN.columns("transaction_date"))
                .agg(sum(col("transactions")).as("transactions"),
                        sum(col("anonymous_transactions")).as("anonymous_transactions"))
                .groupBy(GRAIN.columns())
                .agg(sum(col("transactions")).as("transactions"),
                        sum(col("anonymous_transactions")).as("anonymous_transactions"),
                        count(lit(1)).as("service_days"));
    }

    /**
     * Distinct persons per grain; client_days counts each person's distinct days in the grain
     * (an anonymous transaction makes a service day but adds no person, rule 7); a new client
     * counts at the grains of the first transaction. The days of a month are first folded
     * into one row per person, service, location, topic and month, the days as a day-of-month
     * bit mask, so the ALL members and the years are built from months, not days, and a
     * person's days in a grain are the bits of its mask (docs/benchmarks.md). Every step
     * but the last groups by person_key too, so it stays inside ClientDays' partitions.
     */
    private static Dataset<Row> clients(Dataset<Row> clientDays) {
        Column date = col("transaction_date");
        Dataset<Row> months = clientDays
                .withColumn("month", Periods.calendarMonth(date))
                .withColumn("year", Periods.financialYear(date))
                .withColumn("day", call_function("shiftleft", lit(1L), dayofmonth(date).minus(1)))
                .groupBy(PLACE.columns("month", "year", "person_key"))
                .agg(bit_or(col("day")).as("days"), max(col("new_client")).as("new_client"));
        Dataset<Row> monthsWithAll = AllMembers.withAll(AllMembers.withAll(months, "location_code"), "topic")
                .groupBy(PLACE.columns("month", "year", "person_key"))
                .agg(bit_or(col("days")).as("days"), max(col("new_client")).as("new_client"))
                .withColumn("days", bit_count(col("days")).cast("long"));
        Dataset<Row> perMonth = perGrain(monthsWithAll, Periods.MONTH, "month");
        Dataset<Row> perYear = perGrain(monthsWithAll
                .groupBy(PLACE.columns("year", "person_key"))
                .agg(sum(col("days")).as("days"), max(col("new_client")).as("new_client")), Periods.FY, "year");
        return perMonth.unionByName(perYear);
    }

    /** From one row per person and grain (with the period in {@code period}): the grain's figures. */
    private static Dataset<Row> perGrain(Dataset<Row> persons, String periodType, String period) {
        return persons
                .groupBy(PLACE.columns(period))
                .agg(count(lit(1)).as("unique_clients"), sum(col("days")).as("client_days"),
                        sum(col("new_client")).as("new_clients"))
                .withColumnRenamed(period, "period")
                .withColumn("period_type", lit(periodType));
    }
}
