package org.outreach.warehouse;

import java.util.stream.Collectors;
import org.outreach.datasets.Column;
import org.outreach.datasets.DatasetSchema;

/**
 * A warehouse table that is a dataset of the transform's output, as the datasets module
 * declares it: loaded whole from the run output's Parquet of that dataset, each declared
 * column in its order and cast to its declared type, and commented with the declared
 * descriptions, so that {@code duckdb_columns()} reads as the declaration. The table is
 * named for the dataset's last part ({@code marts/transactions} is {@code transactions}).
 *
 * @param orderBy the rows' order in the table (DuckDB's zone maps skip row groups of a sorted
 *                column), or empty for the order of the Parquet files
 */
public record DeclaredTable(DatasetSchema dataset, String orderBy) {

    private static final String ORDER_BY = " ORDER BY ";

    /** The table of the declared dataset {@code dataset}, e.g. {@code marts/calendar}, in the Parquet files' order. */
    public static DeclaredTable of(String dataset) {
        return new DeclaredTable(DatasetSchema.of(dataset), "");
    }

    /** @param entry a dataset's name, and optionally {@code ORDER BY} and the columns to sort by */
    static DeclaredTable parse(String entry) {
        int orderBy = entry.indexOf(ORDER_BY);
        return orderBy < 0 ? of(entry.strip())
                : new DeclaredTable(DatasetSchema.of(entry.substring(0, orderBy).strip()),
                        entry.substring(orderBy + ORDER_BY.length()).strip());
    }

    public String name() {
        return dataset.name().substring(dataset.name().lastIndexOf('/') + 1);
    }

    /**
     * The statements that build it from the run output named by the variable {@code run_output}
     * (in the DuckDB CLI: {@code SET VARIABLE run_output = '<lake>/runs/<run id>'}) and comment it.
     */
    public String sql() {
        String columns = dataset.columns().stream()
                .map(c -> "CAST(" + c.name() + " AS " + c.type().duckDb() + ") AS " + c.name())
                .collect(Collectors.joining(", "));
        return "CREATE OR REPLACE TABLE " + name() + " AS\nSELECT " + columns
                + "\nFROM read_parquet(getvariable('run_output') || '/" + dataset.name() + "/*.parquet')"
                + (orderBy.isEmpty() ? "" : "\nORDER BY " + orderBy) + ";\n" + comments();
    }

    /** The statements that create it empty, commented: for a test fixture that fills it itself. */
    public String emptySql() {
        return "CREATE OR REPLACE TABLE " + name() + " (" + dataset.duckDbColumns() + ");\n" + comments();
    }

    private String comments() {
        StringBuilder comments = new StringBuilder("COMMENT ON TABLE " + name() + " IS "
                + DuckDbFiles.literal(dataset.description()) + ";\n");
        for (Column column : dataset.columns()) {
            comments.append("COMMENT ON COLUMN ").append(name()).append('.').append(column.name()).append(" IS ")
                    .append(DuckDbFiles.literal(column.description())).append(";\n");
        }
        return comments.toString();
    }
}
