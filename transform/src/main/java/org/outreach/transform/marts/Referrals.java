package org.outreach.transform.marts;

import static org.apache.spark.sql.functions.col;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** The referrals mart: referrals to the partners and their outcomes. */
public final class Referrals {

    private Referrals() {
    }

    public static Dataset<Row> mart(Dataset<Row> referrals) {
        return referrals.select(col("partner"), col("referral_id"), col("crm_customer_id"), col("referred_on"),
                col("referral_type"), col("outcome"), col("outcome_on"));
    }
}
