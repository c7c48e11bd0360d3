package org.outreach.transform.marts;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.sql.Date;
import java.time.LocalDate;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The bus_schedule mart: the schedule's history as sent (type 2: each row valid from
 * valid_from to valid_to), and whether each row is in force on the as-of date.
 */
public final class BusSchedule {

    private BusSchedule() {
    }

    public static Dataset<Row> mart(Dataset<Row> schedule, LocalDate asOf) {
        Date day = Date.valueOf(asOf);
        return schedule.select(col("location_code"), col("weekday"), col("weeks"), col("arrive"), col("depart"),
                col("valid_from"), col("valid_to"),
                col("valid_from").leq(lit(day)).and(col("valid_to").isNull().or(col("valid_to").geq(lit(day))))
                        .as("is_current"));
    }
}
