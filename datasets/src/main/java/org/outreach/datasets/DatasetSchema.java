package org.outreach.datasets;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A dataset's columns as declared, once, in {@code org/outreach/datasets/<name>.columns}.
 *
 * <p>The file's leading {@code #} lines describe the dataset; each other non-blank line is
 * {@code name | TYPE [NOT NULL] | description}, in the dataset's column order, or
 * {@code @columns other/dataset} for all of another declaration's columns.
 */
public record DatasetSchema(String name, String description, List<Column> columns) {

    private static final String FOLDER = "/org/outreach/datasets/";
    /** A dataset that passes another through unchanged says so instead of repeating its columns. */
    private static final String SAME_COLUMNS = "@columns ";

    public DatasetSchema {
        columns = List.copyOf(columns);
    }

    /** The declaration of the dataset named e.g. {@code raw/crm/service_transaction} or {@code marts/transactions}. */
    public static DatasetSchema of(String name) {
        String resource = FOLDER + name + ".columns";
        try (InputStream in = DatasetSchema.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no declared dataset " + name + " (" + resource + ")");
            }
            return parse(name, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }

    private static DatasetSchema parse(String name, BufferedReader reader) throws IOException {
        List<String> description = new ArrayList<>();
        List<Column> columns = new ArrayList<>();
        int lineNumber = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            if (line.startsWith("#")) {
                description.add(line.substring(1).strip());
                continue;
            }
            if (line.startsWith(SAME_COLUMNS)) {
                columns.addAll(of(line.substring(SAME_COLUMNS.length()).strip()).columns());
                continue;
            }
            columns.add(column(name, lineNumber, line));
        }
        return new DatasetSchema(name, String.join(" ", description), columns);
    }

    private static Column column(String dataset, int lineNumber, String line) {
        String[] parts = line.split("\\|", 3);
        if (parts.length != 3) {
            throw new IllegalArgumentException(dataset + ".columns line " + lineNumber
                    + ": expected 'name | TYPE [NOT NULL] | description', got: " + line);
        }
        String type = parts[1].strip();
        boolean notNull = type.endsWith(" NOT NULL");
        if (notNull) {
            type = type.substring(0, type.length() - " NOT NULL".length()).strip();
        }
        try {
            return new Column(parts[0].strip(), new ColumnType(type), !notNull, parts[2].strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(dataset + ".columns line " + lineNumber + ": " + e.getMessage(), e);
        }
    }

    public List<String> names() {
        return columns.stream().map(Column::name).toList();
    }

    public Column column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(name + " declares no column " + columnName));
    }

    /** The columns as a Spark DDL string, for {@code StructType.fromDDL}. */
    public String sparkDdl() {
        return columns.stream()
                .map(c -> c.name() + " " + c.type().spark() + (c.nullable() ? "" : " NOT NULL"))
                .collect(Collectors.joining(", "));
    }

    /** The columns as a DuckDB column list, for {@code CREATE TABLE t (...)}. */
    public String duckDbColumns() {
        return columns.stream()
                .map(c -> c.name() + " " + c.type().duckDb())
                .collect(Collectors.joining(", "));
    }
}
