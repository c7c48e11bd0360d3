package org.outreach.transform.intermediate;

import static org.apache.spark.sql.functions.bit_or;
import static org.apache.spark.sql.functions.col;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.outreach.transform.support.Periods;
import org.outreach.transform.support.ServiceBits;

/**
 * One row per financial year and person with a transaction in it: {@code period} (the
 * year), {@code person_key} and {@code services}, the {@link ServiceBits} of the services
 * the person used that year. Grouped by {@code person_key} among other columns, it stays in
 * {@link ClientDays}' partitions.
 */
public final class ClientYears {

    private ClientYears() {
    }

    public static Dataset<Row> of(Dataset<Row> clientDays) {
        return clientDays
                .groupBy(Periods.financialYear(col("transaction_date")).as("period"), col("person_key"))
                .agg(bit_or(ServiceBits.bit(col("service"))).as("services"));
    }
}
