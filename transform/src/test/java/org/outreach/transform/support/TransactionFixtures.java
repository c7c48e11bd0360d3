package org.outreach.transform.support;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.monotonically_increasing_id;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.outreach.datasets.DatasetSchema;

/**
 * Completes a fixture that gives only the transactions mart's columns a test is about
 * (say service, person_key and transaction_date) with neutral values for the others, so
 * that it can feed TransactionDays and ClientDays like the real mart.
 */
public final class TransactionFixtures {

    /**
     * The transactions as the transform holds them, for a fixture that gives every column: the
     * declared mart's columns, then source_id_num (the numeric id that orders ties, which the
     * mart does not publish).
     */
    public static final String COLUMNS = DatasetSchema.of("marts/transactions").sparkDdl() + ", source_id_num BIGINT";

    private TransactionFixtures() {
    }

    public static Dataset<Row> complete(Dataset<Row> partial) {
        List<String> present = Arrays.asList(partial.columns());
        Dataset<Row> rows = partial.withColumn("_id", monotonically_increasing_id());
        rows = withDefault(rows, present, "location_code", lit("L1"));
        rows = withDefault(rows, present, "topic", lit("OTHER"));
        rows = withDefault(rows, present, "person_key", lit(null).cast("string"));
        rows = withDefault(rows, present, "source_id_num", col("_id"));
        rows = withDefault(rows, present, "source_id", col("_id").cast("string"));
        rows = withDefault(rows, present, "source", lit("TEST"));
        rows = withDefault(rows, present, "transaction_key", concat(lit("TEST:"), col("_id").cast("string")));
        rows = withDefault(rows, present, "occurred_at", col("transaction_date").cast("timestamp_ntz"));
        return rows.drop("_id");
    }

    private static Dataset<Row> withDefault(Dataset<Row> rows, List<String> present, String column, Column value) {
        return present.contains(column) ? rows : rows.withColumn(column, value);
    }
}
