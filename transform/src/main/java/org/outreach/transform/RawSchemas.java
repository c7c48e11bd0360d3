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

    static final StructType META_CASE = StructType.fromDDL(
            "case_ref STRING, office_code STRING, opened_on DATE, closed_on DATE, person_key STRING,"
                    + " age_band STRING, postcode_district STRING, nationality STRING, issue_type STRING,"
                    + " outcome STRING, last_modified TIMESTAMP_NTZ");

    static final StructType META_CONTACT = StructType.fromDDL(
            "contact_id BIGINT, case_ref STRING, contact_on DATE, office_code STRING, minutes INT,"
                    + " last_modified TIMESTAMP_NTZ");

    static final StructType FIRST_CLICK_BOOKINGS = StructType.fromDDL(
            "source_file STRING, source_line BIGINT, booking_id STRING, session_date DATE, location_code STRING,"
                    + " person_key STRING, age_band STRING, postcode_district STRING, attended BOOLEAN,"
                    + " completed BOOLEAN, feedback BIGINT");

    static final StructType REFERRALS = StructType.fromDDL(
            "source_file STRING, source_line BIGINT, partner STRING, referral_id STRING, crm_customer_id BIGINT,"
                    + " referred_on DATE, referral_type STRING, outcome STRING, outcome_on DATE");

    static final StructType WORKS_EVENTS = StructType.fromDDL(
            "source_file STRING, source_line BIGINT, partner STRING, participant_ref STRING, person_key STRING,"
                    + " age_band STRING, postcode_district STRING, event_type STRING, event_date DATE");

    static final StructType SERVICE_CODES = StructType.fromDDL("service_code STRING, description STRING, topic STRING");

    static final StructType LOCATIONS = StructType.fromDDL("location_code STRING, name STRING, kind STRING,"
            + " parish STRING, district STRING, latitude DOUBLE, longitude DOUBLE, broadband STRING, aliases STRING");

    static final StructType FUNDING = StructType.fromDDL("source_line BIGINT, stream STRING, service STRING,"
            + " period_start DATE, period_end DATE, amount_gbp DECIMAL(14,2)");

    static final StructType BUS_SCHEDULE = StructType.fromDDL("source_file STRING, source_line BIGINT,"
            + " location_code STRING, weekday STRING, weeks STRING, arrive STRING, depart STRING, valid_from DATE,"
            + " valid_to DATE");

    static final StructType BUS_VISITS = StructType.fromDDL("source_file STRING, source_line BIGINT, visit_date DATE,"
            + " location_code STRING, status STRING, cancel_reason STRING, footfall BIGINT, broadband STRING,"
            + " has_notes BOOLEAN");

    private RawSchemas() {
    }
}
