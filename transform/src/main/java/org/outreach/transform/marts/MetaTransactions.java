package org.outreach.transform.marts;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;

import java.sql.Date;
import java.time.LocalDate;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * META contacts as transactions: a contact whose case exists (rule 6: a missing or
 * quarantined case makes it an orphan), at the contact's office, with its case's topic and
 * client, dated by contact_on up to the as-of date.
 */
public final class MetaTransactions {

    private MetaTransactions() {
    }

    /** META issue types to topics (SOURCES.md section 7). */
    public static Column topicOf(Column issueType) {
        return org.apache.spark.sql.functions.when(issueType.equalTo("BENEFITS"), lit("BENEFITS"))
                .when(issueType.equalTo("TAX"), lit("TAX"))
                .when(issueType.isin("HOUSING", "HOMELESSNESS"), lit("HOUSING"))
                .when(issueType.equalTo("EMPLOYMENT"), lit("EMPLOYMENT_SKILLS"))
                .otherwise(lit("OTHER"));
    }

    public static Dataset<Row> fromContacts(Dataset<Row> contacts, Dataset<Row> cases, LocalDate asOf) {
        Dataset<Row> caseFacts = cases.select(col("case_ref"), col("person_key"),
                topicOf(col("issue_type")).as("topic"));
        return contacts
                .filter(col("contact_on").leq(lit(Date.valueOf(asOf))))
                .join(caseFacts, "case_ref")
                .select(
                        concat(lit("META:"), col("contact_id").cast("string")).as("transaction_key"),
                        lit("META").as("source"),
                        col("contact_id").cast("string").as("source_id"),
                        col("contact_id").cast("long").as("source_id_num"),
                        lit("META").as("service"),
                        col("office_code").as("location_code"),
                        col("topic"),
                        col("contact_on").as("transaction_date"),
                        col("contact_on").cast("timestamp_ntz").as("occurred_at"),
                        col("person_key"));
    }
}
