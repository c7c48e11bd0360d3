package org.outreach.transform.support;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** The long shape of INDICATORS.md: one row per figure, with the same ten columns everywhere. */
public final class IndicatorRows {

    public static final List<String> COLUMNS = List.of("indicator", "service", "location_code", "topic", "partner",
            "period_type", "period", "value", "numerator", "denominator");

    private IndicatorRows() {
    }

    /** A count indicator taken from column {@code countColumn} of a wide, grouped dataset. */
    public static Dataset<Row> count(Dataset<Row> wide, String indicator, String countColumn) {
        return select(wide, indicator, col(countColumn).cast("double"), lit(null), lit(null));
    }

    /** A rate or mean; rows whose denominator is 0 are absent (rule 3). */
    public static Dataset<Row> ratio(Dataset<Row> wide, String indicator, String numerator, String denominator) {
        Dataset<Row> defined = wide.filter(col(denominator).notEqual(0));
        return select(defined, indicator, col(numerator).cast("double").divide(col(denominator).cast("double")),
                col(numerator), col(denominator));
    }

    private static Dataset<Row> select(Dataset<Row> wide, String indicator, Column value, Column numerator,
                                       Column denominator) {
        return wide.select(lit(indicator).as("indicator"), col("service"), col("location_code"), col("topic"),
                col("partner"), col("period_type"), col("period"), value.as("value"),
                numerator.cast("double").as("numerator"), denominator.cast("double").as("denominator"));
    }
}
