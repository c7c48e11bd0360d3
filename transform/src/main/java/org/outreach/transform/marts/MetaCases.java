package org.outreach.transform.marts;

import static org.apache.spark.sql.functions.col;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** The meta_cases mart: one row per META case (newest version), its client as a person key, its topic. */
public final class MetaCases {

    private MetaCases() {
    }

    public static Dataset<Row> mart(Dataset<Row> cases) {
        return cases.select(col("case_ref"), col("office_code"), col("opened_on"), col("closed_on"),
                col("person_key"), col("age_band"), col("postcode_district"), col("nationality"), col("issue_type"),
                MetaTransactions.topicOf(col("issue_type")).as("topic"), col("outcome"));
    }
}
