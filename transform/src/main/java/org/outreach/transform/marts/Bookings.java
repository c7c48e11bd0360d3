package org.outreach.transform.marts;

import static org.apache.spark.sql.functions.col;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** The bookings mart: First Click course bookings at their venue's location. */
public final class Bookings {

    private Bookings() {
    }

    public static Dataset<Row> mart(Dataset<Row> bookings) {
        return bookings.select(col("booking_id"), col("session_date"), col("location_code"), col("person_key"),
                col("age_band"), col("postcode_district"), col("attended"), col("completed"), col("feedback"));
    }
}
