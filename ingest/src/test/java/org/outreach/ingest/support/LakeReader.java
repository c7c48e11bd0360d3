package org.outreach.ingest.support;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Reads what ingest wrote to the lake, with DuckDB, for assertions. */
public final class LakeReader {

    private LakeReader() {
    }

    /** The newest version of every row of a dataset, ordered by key. */
    public static List<Map<String, Object>> newest(LakeDataset dataset, Path lake) throws SQLException {
        String key = String.join(", ", dataset.keyColumns());
        return query("SELECT * FROM read_parquet(" + DuckDb.literal(dataset.directory(lake).resolve("*.parquet"))
                + ") QUALIFY row_number() OVER (PARTITION BY " + key + " ORDER BY " + dataset.versionColumn()
                + " DESC) = 1 ORDER BY " + key);
    }

    public static long versions(LakeDataset dataset, Path lake) throws SQLException {
        return (Long) query("SELECT count(*) AS n FROM read_parquet("
                + DuckDb.literal(dataset.directory(lake).resolve("*.parquet")) + ")").get(0).get("n");
    }

    /** The columns of Parquet files as a DuckDB column list, e.g. {@code id BIGINT, stop VARCHAR}. */
    public static String columns(Path files) throws SQLException {
        return query("DESCRIBE SELECT * FROM read_parquet(" + DuckDb.literal(files) + ")").stream()
                .map(c -> c.get("column_name") + " " + c.get("column_type")).collect(Collectors.joining(", "));
    }

    public static List<Map<String, Object>> query(String sql) throws SQLException {
        try (Connection connection = DuckDb.inMemory();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            ResultSetMetaData meta = rows.getMetaData();
            List<Map<String, Object>> result = new ArrayList<>();
            while (rows.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int c = 1; c <= meta.getColumnCount(); c++) {
                    row.put(meta.getColumnLabel(c), rows.getObject(c));
                }
                result.add(row);
            }
            return result;
        }
    }
}
