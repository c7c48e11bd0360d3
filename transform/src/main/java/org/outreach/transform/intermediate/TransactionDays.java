package org.outreach.transform.intermediate;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The transactions mart aggregated to one row per service, location, topic and day:
 * {@code transactions} and {@code anonymous_transactions} (no person key). Every count of
 * transactions and every service day at any coarser grain is a sum or a count over this
 * small table, so the transactions themselves are read once for all of them.
 */
public final class TransactionDays {

    private TransactionDays() {
    }

    public static Dataset<Row> of(Dataset<Row> transactions) {
        return transactions.groupBy(col("service"), col("location_code"), col("topic"), col("transaction_date"))
                .agg(count(lit(1)).as("transactions"),
                        sum(when(col("person_key").isNull(), 1L).otherwise(0L)).as("anonymous_transactions"));
    }
}
