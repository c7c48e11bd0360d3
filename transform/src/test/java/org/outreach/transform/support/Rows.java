package org.outreach.transform.support;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.outreach.transform.SharedSpark;

/** Tiny hand-made datasets for tests. */
public final class Rows {

    private Rows() {
    }

    public static Dataset<Row> of(String ddl, Object[]... rows) {
        List<Row> list = Arrays.stream(rows).map(RowFactory::create).toList();
        return SharedSpark.get().createDataFrame(list, StructType.fromDDL(ddl));
    }
}
