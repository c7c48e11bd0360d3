package org.outreach.transform.staging;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.row_number;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/** The raw lake holds every version of a row; staging keeps the newest per key. */
public final class NewestVersion {

    private NewestVersion() {
    }

    public static Dataset<Row> of(Dataset<Row> versions, String key, String version) {
        return versions
                .withColumn("_rank", row_number().over(Window.partitionBy(key).orderBy(col(version).desc())))
                .filter(col("_rank").equalTo(1))
                .drop("_rank");
    }
}
