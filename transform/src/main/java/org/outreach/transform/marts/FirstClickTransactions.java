package org.outreach.transform.marts;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;

import java.sql.Date;
import java.time.LocalDate;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * First Click attendances as transactions: bookings with attended = true, at the venue's
 * location, topic EMPLOYMENT_SKILLS, dated by session_date up to the as-of date. Booking
 * ids are text: ties for new_clients go by text order (rule 8).
 */
public final class FirstClickTransactions {

    private FirstClickTransactions() {
    }

    public static Dataset<Row> fromBookings(Dataset<Row> bookings, LocalDate asOf) {
        return bookings
                .filter(col("attended").equalTo(true))
                .filter(col("session_date").leq(lit(Date.valueOf(asOf))))
                .select(
                        concat(lit("FIRST_CLICK:"), col("booking_id")).as("transaction_key"),
                        lit("FIRST_CLICK").as("source"),
                        col("booking_id").as("source_id"),
                        lit(null).cast("long").as("source_id_num"),
                        lit("FIRST_CLICK").as("service"),
                        col("location_code"),
                        lit("EMPLOYMENT_SKILLS").as("topic"),
                        col("session_date").as("transaction_date"),
                        col("session_date").cast("timestamp_ntz").as("occurred_at"),
                        col("person_key"));
    }
}
