package org.outreach.ingest.support;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.duckdb.DuckDBAppender;

/** The columns of one raw dataset and how each is taken from an item. */
public final class ParquetSchema<T> {

    public record Column<T>(String name, String sqlType, Function<T, ?> value) {
    }

    private final List<Column<T>> columns;

    private ParquetSchema(List<Column<T>> columns) {
        this.columns = List.copyOf(columns);
    }

    @SafeVarargs
    public static <T> ParquetSchema<T> of(Column<T>... columns) {
        return new ParquetSchema<>(List.of(columns));
    }

    public static <T> Column<T> column(String name, String sqlType, Function<T, ?> value) {
        return new Column<>(name, sqlType, value);
    }

    public List<Column<T>> columns() {
        return columns;
    }

    String createTable(String table) {
        return columns.stream()
                .map(c -> c.name() + " " + c.sqlType())
                .collect(Collectors.joining(", ", "CREATE TABLE " + table + " (", ")"));
    }

    void append(DuckDBAppender appender, T item) throws SQLException {
        appender.beginRow();
        for (Column<T> column : columns) {
            appendValue(appender, column.value().apply(item));
        }
        appender.endRow();
    }

    private static void appendValue(DuckDBAppender appender, Object value) throws SQLException {
        if (value == null) {
            appender.appendNull();
        } else if (value instanceof String s) {
            appender.append(s);
        } else if (value instanceof Long l) {
            appender.append(l.longValue());
        } else if (value instanceof Integer i) {
            appender.append(i.intValue());
        } else if (value instanceof Boolean b) {
            appender.append(b.booleanValue());
        } else if (value instanceof Double d) {
            appender.append(d.doubleValue());
        } else if (value instanceof BigDecimal d) {
            appender.append(d);
        } else if (value instanceof LocalDate d) {
            appender.append(d);
        } else if (value instanceof LocalDateTime t) {
            appender.append(t);
        } else {
            throw new IllegalArgumentException("no Parquet mapping for " + value.getClass().getName());
        }
    }
}
