package org.outreach.transform.marts;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** The bus_visits mart: one row per visit the bus team reported, and whether the schedule planned it. */
public final class BusVisits {

    private BusVisits() {
    }

    public static Dataset<Row> mart(Dataset<Row> visits, Dataset<Row> scheduledVisits) {
        Dataset<Row> planned = scheduledVisits.select(col("location_code").as("planned_location"),
                col("visit_date").as("planned_date")).distinct().withColumn("scheduled", lit(true));
        return visits.join(planned, col("location_code").equalTo(col("planned_location"))
                        .and(col("visit_date").equalTo(col("planned_date"))), "left")
                .select(col("visit_date"), col("location_code"), col("status"), col("cancel_reason"),
                        col("footfall"), col("broadband"), col("has_notes"),
                        org.apache.spark.sql.functions.coalesce(col("scheduled"), lit(false)).as("scheduled"),
                        col("source_file"), col("source_line"));
    }
}
