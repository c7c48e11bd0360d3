package org.outreach.transform.support;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Adds the ALL member of a dimension by repeating each row under ALL, so that a
 * following group-by recomputes ALL over the wider set (distinct counts recounted,
 * never summed).
 */
public final class AllMembers {

    public static final String ALL = "ALL";

    private AllMembers() {
    }

    public static Dataset<Row> withAll(Dataset<Row> rows, String dimension) {
        return rows.withColumn(dimension, explode(array(col(dimension), lit(ALL))));
    }
}
