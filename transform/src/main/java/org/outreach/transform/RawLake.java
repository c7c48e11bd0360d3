package org.outreach.transform;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.outreach.transform.support.DeclaredSchemas;

/**
 * Reads the raw datasets that ingest wrote, with their declared columns; a dataset with no
 * files yet reads as empty.
 */
final class RawLake {

    private final SparkSession spark;
    private final String lake;

    RawLake(SparkSession spark, String lake) {
        this.spark = spark;
        this.lake = lake;
    }

    /** The raw dataset named e.g. {@code crm/customer}, declared as {@code raw/crm/customer}. */
    Dataset<Row> read(String dataset) {
        String name = "raw/" + dataset;
        StructType schema = DeclaredSchemas.of(name);
        String location = lake + "/" + name;
        if (!exists(location)) {
            return spark.createDataFrame(java.util.List.of(), schema);
        }
        return spark.read().schema(schema).parquet(location);
    }

    /** The raw datasets' size on disk, in bytes (0 before the first extract). */
    long bytes() {
        String location = lake + "/raw";
        try {
            Path path = new Path(location);
            FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
            return fs.exists(path) ? fs.getContentSummary(path).getLength() : 0;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot measure " + location, e);
        }
    }

    private boolean exists(String location) {
        try {
            Path path = new Path(location);
            FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
            return fs.exists(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot look up " + location, e);
        }
    }
}
