package org.outreach.transform.support;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import java.util.Arrays;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The long shape of INDICATORS.md: one row per figure, with the same ten columns everywhere
 * (declared as the dataset indicator_values in the datasets module).
 * A family computes its figures side by side in one wide, grouped dataset; {@link #longForm}
 * turns each wide row into one row per figure with a single explode, so a family is one
 * plan branch however many indicators it has.
 */
public final class IndicatorRows {

    private IndicatorRows() {
    }

    /** One indicator read from a wide row: a count, or a ratio of two of its columns. */
    public record Figure(String indicator, Column value, Column numerator, Column denominator, Column defined) {

        /** A count indicator taken from column {@code countColumn}. */
        public static Figure count(String indicator, String countColumn) {
            return new Figure(indicator, col(countColumn).cast("double"), lit(null).cast("double"),
                    lit(null).cast("double"), lit(true));
        }

        /** A rate or mean; a row whose denominator is 0 has no figure (rule 3). */
        public static Figure ratio(String indicator, String numerator, String denominator) {
            return new Figure(indicator, col(numerator).cast("double").divide(col(denominator).cast("double")),
                    col(numerator).cast("double"), col(denominator).cast("double"),
                    col(denominator).notEqual(0));
        }

        private Column asStruct() {
            Column figure = struct(lit(indicator).as("indicator"), value.as("value"), numerator.as("numerator"),
                    denominator.as("denominator"));
            return when(defined, figure);
        }
    }

    /** Every figure of every wide row, in the long shape; undefined ratios are left out. */
    public static Dataset<Row> longForm(Dataset<Row> wide, Figure... figures) {
        Column[] structs = Arrays.stream(figures).map(Figure::asStruct).toArray(Column[]::new);
        return wide.select(col("service"), col("location_code"), col("topic"), col("partner"), col("period_type"),
                        col("period"), explode(array(structs)).as("_figure"))
                .filter(col("_figure").isNotNull())
                .select(col("_figure.indicator").as("indicator"), col("service"), col("location_code"), col("topic"),
                        col("partner"), col("period_type"), col("period"), col("_figure.value").as("value"),
                        col("_figure.numerator").as("numerator"), col("_figure.denominator").as("denominator"));
    }
}
