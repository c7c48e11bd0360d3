package org.outreach.ingest.support;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.duckdb.DuckDBAppender;
import org.outreach.datasets.Column;
import org.outreach.datasets.DatasetSchema;

/**
 * How the columns of one declared dataset are taken from an item. The declaration
 * ({@link DatasetSchema}) gives the columns' names, types and order; this class holds only
 * which value of the item fills each column, and checks that the two agree.
 */
public final class ParquetSchema<T> {

    /**
     * How one declared column's value is taken from an item.
     *
     * @param category a text of few distinct values (a code, a band): staged as a small integer
     *                 and turned back into text when the Parquet file is written, since DuckDB's
     *                 appender takes an integer for a fraction of a string's cost
     */
    public record Value<T>(String column, Function<T, ?> value, boolean category) {
    }

    /** A declared column with its value. */
    private record Mapped<T>(String name, String type, Function<T, ?> value, boolean category) {
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

    private final String dataset;
    private final List<Mapped<T>> columns;

    private ParquetSchema(String dataset, List<Mapped<T>> columns) {
        this.dataset = dataset;
        this.columns = List.copyOf(columns);
    }

    /** The values of the dataset declared as e.g. {@code raw/bus/visits}. */
    @SafeVarargs
    public static <T> ParquetSchema<T> of(String dataset, Value<T>... values) {
        return of(DatasetSchema.of(dataset), values);
    }

    /**
     * The values of a declared dataset's columns, in the declaration's order.
     *
     * @throws IllegalArgumentException naming the dataset and the column where a declared column
     *                                  has no value, a value has no declared column, a column has
     *                                  two values, or a category column is not declared VARCHAR
     */
    @SafeVarargs
    public static <T> ParquetSchema<T> of(DatasetSchema declared, Value<T>... values) {
        Map<String, Value<T>> byName = new LinkedHashMap<>();
        for (Value<T> value : values) {
            if (byName.put(value.column(), value) != null) {
                throw new IllegalArgumentException(declared.name() + ": column " + value.column() + " has two values");
            }
        }
        List<String> undeclared = byName.keySet().stream().filter(name -> !declared.names().contains(name)).toList();
        if (!undeclared.isEmpty()) {
            throw new IllegalArgumentException(declared.name() + " declares no column " + String.join(", ", undeclared)
                    + ", but the mapping gives it a value");
        }
        List<Mapped<T>> columns = new ArrayList<>();
        for (Column column : declared.columns()) {
            Value<T> value = byName.get(column.name());
            if (value == null) {
                throw new IllegalArgumentException(declared.name() + " declares column " + column.name()
                        + ", but the mapping gives it no value");
            }
            String type = column.type().duckDb();
            if (value.category() && !type.equals("VARCHAR")) {
                throw new IllegalArgumentException(declared.name() + ": column " + column.name()
                        + " is a category, so it must be declared VARCHAR, not " + type);
            }
            columns.add(new Mapped<>(column.name(), type, value.value(), value.category()));
        }
        return new ParquetSchema<>(declared.name(), columns);
    }

    public static <T> Value<T> column(String name, Function<T, ?> value) {
        return new Value<>(name, value, false);
    }

    /** A text column of few distinct values (see {@link Value#category()}). */
    public static <T> Value<T> category(String name, Function<T, String> value) {
        return new Value<>(name, value, true);
    }

    /** The declared dataset's name, e.g. {@code raw/bus/visits}. */
    public String dataset() {
        return dataset;
    }

    /** The staging table: category columns hold their codes. */
    String createTable(String table) {
        return columns.stream()
                .map(c -> c.name() + " " + (c.category() ? "INTEGER" : c.type()))
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
        for (Mapped<T> column : columns) {
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
