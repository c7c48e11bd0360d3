package org.outreach.transform.intermediate;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/**
 * The person-keyed transactions, one row per service, location, topic, day and person:
 * {@code transactions} that day and {@code new_client} (1 on the day, location and topic of
 * the person's first transaction with the service over all history: earliest time, ties by
 * the smallest source id, numeric where the source's ids are, else text; else 0).
 *
 * <p>The transactions are shuffled once, by {@code person_key}; every exact distinct count
 * of persons (unique clients, clients per day, new clients, multi-service clients, the
 * value-for-money clients) then groups by columns that include {@code person_key}, so it
 * runs inside the partitions and only per-grain results cross a shuffle.
 */
public final class ClientDays {

    private static final Column[] DAY = {col("service"), col("location_code"), col("topic"), col("transaction_date"),
        col("person_key")};

    private ClientDays() {
    }

    public static Dataset<Row> of(Dataset<Row> transactions) {
        // Ascending struct order is the rule's order: time, then numeric id with nulls last, then text id.
        Dataset<Row> days = transactions.filter(col("person_key").isNotNull())
                .repartition(col("person_key"))
                .groupBy(DAY)
                .agg(count(lit(1)).as("transactions"),
                        min(struct(col("occurred_at"), col("source_id_num").isNull(), col("source_id_num"),
                                col("source_id"))).as("_first"));
        return days
                .withColumn("new_client", when(row_number().over(Window.partitionBy("service", "person_key")
                        .orderBy(col("_first"))).equalTo(1), 1L).otherwise(0L))
                .drop("_first");
    }
}
