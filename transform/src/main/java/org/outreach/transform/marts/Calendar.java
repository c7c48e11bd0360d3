package org.outreach.transform.marts;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sequence;

import java.sql.Date;
import java.time.LocalDate;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.outreach.transform.support.Periods;

/** The calendar mart: every date from the programme's start to the as-of date, with its month and financial year. */
public final class Calendar {

    /** The first financial year the programme was funded. */
    public static final LocalDate START = LocalDate.of(2009, 4, 1);

    private Calendar() {
    }

    public static Dataset<Row> mart(SparkSession spark, LocalDate asOf) {
        LocalDate first = asOf.isBefore(START) ? asOf : START;
        return spark.range(1).select(explode(sequence(lit(Date.valueOf(first)), lit(Date.valueOf(asOf)))).as("date"))
                .select(col("date"), Periods.weekday(col("date")).as("weekday"),
                        Periods.calendarMonth(col("date")).as("month"), Periods.financialYear(col("date"))
                                .as("financial_year"));
    }
}
