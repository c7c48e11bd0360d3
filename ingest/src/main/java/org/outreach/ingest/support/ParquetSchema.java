package org.outreach.ingest.support;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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

    /** A declared column with the value that fills it; a category is staged as a code. */
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

    /**
     * The columns of the dataset declared as e.g. {@code raw/bus/visits}, each filled from the
     * record component of the same name ({@code location_code} from {@code locationCode()}), so
     * that the columns are named only in the declaration.
     *
     * @param categories the text columns of few distinct values (a code, a band): staged as small
     *                   integers and turned back into texts when the Parquet file is written,
     *                   since DuckDB's appender takes an integer for a fraction of a string's cost
     * @throws IllegalArgumentException naming the dataset, the record and the column where a
     *                                  declared column has no component, a component no declared
     *                                  column, or a category is not a declared VARCHAR column
     */
    public static <T extends Record> ParquetSchema<T> ofRecord(String dataset, Class<T> type, String... categories) {
        return ofRecord(DatasetSchema.of(dataset), type, categories);
    }

    static <T extends Record> ParquetSchema<T> ofRecord(DatasetSchema declared, Class<T> type, String... categories) {
        String record = "record " + type.getSimpleName();
        Map<String, RecordComponent> components = new LinkedHashMap<>();
        for (RecordComponent component : type.getRecordComponents()) {
            components.put(columnName(component.getName()), component);
        }
        List<String> undeclared = components.keySet().stream().filter(name -> !declared.names().contains(name)).toList();
        if (!undeclared.isEmpty()) {
            throw new IllegalArgumentException(declared.name() + " declares no column " + String.join(", ", undeclared)
                    + ", but " + record + " has a component for it");
        }
        Set<String> categorised = Set.of(categories);
        for (String category : categorised) {
            if (!declared.names().contains(category)) {
                throw new IllegalArgumentException(declared.name() + " declares no column " + category
                        + " to stage as a category");
            }
        }
        List<Mapped<T>> columns = new ArrayList<>();
        for (Column column : declared.columns()) {
            RecordComponent component = components.get(column.name());
            if (component == null) {
                throw new IllegalArgumentException(declared.name() + " declares column " + column.name() + ", but "
                        + record + " has no component " + componentName(column.name()));
            }
            String columnType = column.type().duckDb();
            boolean category = categorised.contains(column.name());
            if (category && !columnType.equals("VARCHAR")) {
                throw new IllegalArgumentException(declared.name() + ": column " + column.name()
                        + " is a category, so it must be declared VARCHAR, not " + columnType);
            }
            columns.add(new Mapped<>(column.name(), columnType, accessor(type, component), category));
        }
        return new ParquetSchema<>(declared.name(), columns);
    }

    private static String columnName(String componentName) {
        return componentName.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
    }

    private static String componentName(String columnName) {
        StringBuilder name = new StringBuilder();
        boolean upper = false;
        for (char c : columnName.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return name.toString();
    }

    /** The component's accessor as a function; a method handle, since it runs once per value. */
    private static <T> Function<T, ?> accessor(Class<T> type, RecordComponent component) {
        try {
            // The records are package-private in their source's package.
            Method method = component.getAccessor();
            method.setAccessible(true);
            MethodHandle handle = MethodHandles.lookup().unreflect(method)
                    .asType(MethodType.methodType(Object.class, Object.class));
            return item -> {
                try {
                    Object value = (Object) handle.invokeExact((Object) item);
                    return value;
                } catch (RuntimeException | Error e) {
                    throw e;
                } catch (Throwable e) {
                    throw new IllegalStateException(e);
                }
            };
        } catch (IllegalAccessException e) {
            throw new IllegalArgumentException("record " + type.getName() + " is not readable here", e);
        }
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
