package org.outreach.transform.marts;

import static org.apache.spark.sql.functions.col;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** The programme_events mart: Thetford Works! partner events in canonical form. */
public final class ProgrammeEvents {

    private ProgrammeEvents() {
    }

    public static Dataset<Row> mart(Dataset<Row> events) {
        return events.select(col("partner"), col("participant_ref"), col("person_key"), col("event_type"),
                col("event_date"), col("age_band"), col("postcode_district"), col("source_file"), col("source_line"));
    }
}
