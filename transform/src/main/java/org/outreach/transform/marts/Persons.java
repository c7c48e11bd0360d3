package org.outreach.transform.marts;

import static org.apache.spark.sql.functions.bit_or;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.outreach.transform.intermediate.ClientDays;
import org.outreach.transform.support.ServiceBits;

/**
 * The persons mart: one row per person key seen in a transaction, with when and through
 * which services (comma-separated, alphabetical). Nothing but the pseudonymous key
 * identifies them.
 */
public final class Persons {

    private Persons() {
    }

    /** @param clientDays {@link ClientDays}: already partitioned by person_key */
    public static Dataset<Row> mart(Dataset<Row> clientDays) {
        return clientDays.groupBy(col("person_key"))
                .agg(min(col("transaction_date")).as("first_seen"), max(col("transaction_date")).as("last_seen"),
                        sum(col("transactions")).as("transactions"),
                        bit_or(ServiceBits.bit(col("service"))).as("_services"))
                .select(col("person_key"), col("first_seen"), col("last_seen"), col("transactions"),
                        ServiceBits.count(col("_services")).cast("int").as("service_count"),
                        ServiceBits.names(col("_services")).as("services"));
    }
}
