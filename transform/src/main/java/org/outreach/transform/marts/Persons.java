package org.outreach.transform.marts;

import static org.apache.spark.sql.functions.array_join;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.size;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The persons mart: one row per person key seen in a transaction, with when and through
 * which services. Nothing but the pseudonymous key identifies them.
 */
public final class Persons {

    private Persons() {
    }

    public static Dataset<Row> mart(Dataset<Row> transactions) {
        return transactions.filter(col("person_key").isNotNull())
                .groupBy(col("person_key"))
                .agg(min(col("transaction_date")).as("first_seen"), max(col("transaction_date")).as("last_seen"),
                        count(lit(1)).as("transactions"), array_sort(collect_set(col("service"))).as("services"))
                .select(col("person_key"), col("first_seen"), col("last_seen"), col("transactions"),
                        size(col("services")).as("service_count"), array_join(col("services"), ",").as("services"));
    }
}
