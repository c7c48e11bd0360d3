package org.outreach.warehouse;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Read-only SQL against the published warehouse; the nightly load never blocks it. */
public final class WarehouseQuery {

    private final Path warehouseFile;

    public WarehouseQuery(Path warehouseFile) {
        this.warehouseFile = warehouseFile;
    }

    public QueryResult run(String sql) throws SQLException {
        try (Connection connection = DuckDbFiles.readOnly(warehouseFile);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            ResultSetMetaData meta = rows.getMetaData();
            List<String> columns = new ArrayList<>();
            for (int c = 1; c <= meta.getColumnCount(); c++) {
                columns.add(meta.getColumnLabel(c));
            }
            List<List<Object>> values = new ArrayList<>();
            while (rows.next()) {
                List<Object> row = new ArrayList<>(columns.size());
                for (int c = 1; c <= columns.size(); c++) {
                    Object value = rows.getObject(c);
                    row.add(value instanceof Number || value instanceof Boolean || value == null ? value
                            : value.toString());
                }
                values.add(row);
            }
            return new QueryResult(columns, values);
        }
    }
}
