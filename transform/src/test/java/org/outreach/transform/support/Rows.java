package org.outreach.transform.support;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.outreach.transform.SharedSpark;

/** Tiny hand-made datasets for tests. */
public final class Rows {

    private Rows() {
    }

    /** Rows of a test's own shape, given as Spark DDL; a declared dataset's rows come from {@link #declared}. */
    public static Dataset<Row> of(String ddl, Object[]... rows) {
        return of(StructType.fromDDL(ddl), rows);
    }

    /** Rows of every column of a declared dataset (e.g. {@code raw/crm/customer}), in the declared order. */
    public static Dataset<Row> declared(String dataset, Object[]... rows) {
        return of(DeclaredSchemas.of(dataset), rows);
    }

    /**
     * Rows of a declared dataset that give only the columns a test is about (e.g.
     * {@code "case_ref, issue_type"}), in that order: the dataset has every declared column,
     * with the declared types, and the others are null.
     */
    public static Dataset<Row> declared(String dataset, String columns, Object[]... rows) {
        StructType declared = DeclaredSchemas.of(dataset);
        List<String> given = Arrays.stream(columns.split(",")).map(String::strip).toList();
        StructType schema = new StructType(given.stream().map(declared::apply).toArray(StructField[]::new));
        return of(schema, rows).select(Arrays.stream(declared.fields())
                .map(f -> given.contains(f.name()) ? col(f.name()) : lit(null).cast(f.dataType()).as(f.name()))
                .toArray(Column[]::new));
    }

    private static Dataset<Row> of(StructType schema, Object[]... rows) {
        List<Row> list = Arrays.stream(rows).map(RowFactory::create).toList();
        return SharedSpark.get().createDataFrame(list, schema);
    }
}
