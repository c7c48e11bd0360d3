package org.outreach.transform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RowCounterTest {

    private static final StructType SCHEMA = new StructType().add("id", DataTypes.LongType);

    @TempDir
    Path folder;

    @Test
    void countsTheRowsEachWriteConsumes() {
        SparkSession spark = SharedSpark.get();
        RowCounter counter = new RowCounter();
        counter.counted(spark.range(5).toDF()).write().parquet(folder.resolve("five").toString());
        counter.counted(spark.range(3).toDF()).write().parquet(folder.resolve("three").toString());

        assertThat(counter.total()).isEqualTo(8);
    }

    @Test
    void aSourceWithNoPartitionsCountsNothing() {
        SparkSession spark = SharedSpark.get();
        Dataset<Row> empty = spark.createDataFrame(List.<Row>of(), SCHEMA);
        RowCounter counter = new RowCounter();
        // As the marts of a source that sent nothing: the optimiser plans the empty input's
        // aggregate with no partitions at all.
        counter.counted(empty).groupBy("id").count().write().parquet(folder.resolve("empty").toString());
        counter.counted(spark.createDataFrame(List.of(RowFactory.create(1L)), SCHEMA)).write()
                .parquet(folder.resolve("one").toString());

        assertThat(counter.total()).isEqualTo(1);
    }
}
