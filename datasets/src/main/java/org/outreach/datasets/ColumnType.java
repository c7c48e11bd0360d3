package org.outreach.datasets;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * A column's type in the declarations' own vocabulary (DuckDB's names), with its name in
 * Spark's DDL. Timestamps are local wall times: DuckDB's TIMESTAMP is Spark's TIMESTAMP_NTZ.
 */
public record ColumnType(String duckDb) {

    private static final Map<String, String> SPARK = Map.of(
            "BIGINT", "BIGINT",
            "INTEGER", "INT",
            "VARCHAR", "STRING",
            "DOUBLE", "DOUBLE",
            "BOOLEAN", "BOOLEAN",
            "DATE", "DATE",
            "TIMESTAMP", "TIMESTAMP_NTZ");
    private static final Pattern DECIMAL = Pattern.compile("DECIMAL\\(\\d+,\\d+\\)");

    public ColumnType {
        if (!SPARK.containsKey(duckDb) && !DECIMAL.matcher(duckDb).matches()) {
            throw new IllegalArgumentException("unknown column type " + duckDb + "; known: "
                    + SPARK.keySet() + " and DECIMAL(p,s)");
        }
    }

    /** The type's name in a Spark DDL string ({@code StructType.fromDDL}). */
    public String spark() {
        return SPARK.getOrDefault(duckDb, duckDb);
    }
}
