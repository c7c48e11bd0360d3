package org.outreach.ingest.support;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.duckdb.DuckDBAppender;

/** The columns of one raw dataset and how each is taken from an item. */
public final class ParquetSchema<T> {

    /**
     * @param category a text of few distinct values (a code, a band): staged as a small integer
     *                 and turned back into text when the Parquet file is written, since DuckDB's
     *                 appender takes an integer for a fraction of a string's cost
     */
    public record Column<T>(String name, String sqlType, Function<T, ?> value, boolean category) {
    }

    /** The texts of the category columns of one batch, numbered from 1 in order of appearance. */
    static final class Categories {

        private final Map<String, Integer> codes = new LinkedHashMap<>();

        int code(String text) {
            return codes.computeIfAbsent(text, t -> codes.size() + 1);
        }

        String asList() {
            return codes.keySet().stream().map(DuckDb::literal)
                    .collect(Collectors.joining(", ", "[", "]::VARCHAR[]"));
        }
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
        return new Column<>(name, sqlType, value, false);
    }

    /** A text column of few distinct values (see {@link Column#category()}). */
    public static <T> Column<T> category(String name, Function<T, String> value) {
        return new Column<>(name, "VARCHAR", value, true);
    }

    public List<Column<T>> columns() {
        return columns;
    }

    /** The staging table: category columns hold their codes. */
    String createTable(String table) {
        return columns.stream()
                .map(c -> c.name() + " " + (c.category() ? "INTEGER" : c.sqlType()))
                .collect(Collectors.joining(", ", "CREATE TABLE " + table + " (", ")"));
    }

    /** The staging table's rows as the dataset's columns: codes back to their texts. */
    String select(String table, Categories categories) {
        String texts = categories.asList();
        return columns.stream()
                .map(c -> c.category() ? "(" + texts + ")[" + c.name() + "] AS " + c.name() : c.name())
                .collect(Collectors.joining(", ", "SELECT ", " FROM " + table));
    }

    void append(DuckDBAppender appender, T item, Categories categories) throws SQLException {
        appender.beginRow();
        for (Column<T> column : columns) {
            Object value = column.value().apply(item);
            if (column.category() && value != null) {
                appender.append(categories.code((String) value));
            } else {
                appendValue(appender, value);
            }
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
