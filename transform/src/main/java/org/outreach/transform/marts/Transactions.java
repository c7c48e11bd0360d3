package org.outreach.transform.marts;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.when;

import java.time.LocalDate;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The uptake unit of INDICATORS.md, one row per transaction of an outreach service:
 * {@code transaction_key, source, source_id, source_id_num, service, location_code, topic,
 * transaction_date, occurred_at, person_key}.
 */
public final class Transactions {

    public static final String ONE_STOP_BUS = "ONE_STOP_BUS";
    public static final String THETFORD_WORKS = "THETFORD_WORKS";
    public static final String UNMAPPED = "UNMAPPED";

    private Transactions() {
    }

    /**
     * CRM transactions on the outreach channels (BUS, WORKS_CLUB), not void, dated up to
     * the as-of date; the person key from the customer's newest record (rule 9), the topic
     * through the service codes (UNMAPPED when missing).
     */
    public static Dataset<Row> fromCrm(Dataset<Row> transactions, Dataset<Row> customers, Dataset<Row> serviceCodes,
                                       LocalDate asOf) {
        Dataset<Row> outreach = transactions
                .filter(col("channel").isin("BUS", "WORKS_CLUB"))
                .filter(col("is_void").equalTo(false))
                .withColumn("transaction_date", to_date(col("occurred_at")))
                .filter(col("transaction_date").leq(lit(java.sql.Date.valueOf(asOf))));
        Dataset<Row> keyed = outreach
                .join(customers.select(col("customer_id"), col("person_key")), "customer_id", "left")
                .join(serviceCodes.select(col("service_code"), col("topic")), "service_code", "left");
        return keyed.select(
                concat(lit("CRM:"), col("transaction_id").cast("string")).as("transaction_key"),
                lit("CRM").as("source"),
                col("transaction_id").cast("string").as("source_id"),
                col("transaction_id").cast("long").as("source_id_num"),
                when(col("channel").equalTo("BUS"), lit(ONE_STOP_BUS)).otherwise(lit(THETFORD_WORKS)).as("service"),
                col("location_code"),
                coalesce(col("topic"), lit(UNMAPPED)).as("topic"),
                col("transaction_date"),
                col("occurred_at").cast("timestamp_ntz").as("occurred_at"),
                col("person_key"));
    }
}
