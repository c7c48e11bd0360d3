package org.outreach.transform;

import org.apache.spark.sql.types.StructType;

/** The raw datasets' columns, as ingest writes them. */
final class RawSchemas {

    static final StructType CRM_CUSTOMER = StructType.fromDDL(
            "customer_id BIGINT, person_key STRING, postcode_district STRING, nationality STRING,"
                    + " preferred_language STRING, updated_at TIMESTAMP_NTZ");

    static final StructType CRM_SERVICE_TRANSACTION = StructType.fromDDL(
            "transaction_id BIGINT, customer_id BIGINT, occurred_at TIMESTAMP_NTZ, channel STRING,"
                    + " location_code STRING, service_code STRING, outcome_code STRING, staff_id STRING,"
                    + " is_void BOOLEAN, age_band STRING, updated_at TIMESTAMP_NTZ");

    static final StructType SERVICE_CODES = StructType.fromDDL("service_code STRING, description STRING, topic STRING");

    private RawSchemas() {
    }
}
