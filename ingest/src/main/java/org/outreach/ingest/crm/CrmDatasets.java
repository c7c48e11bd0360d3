package org.outreach.ingest.crm;

import static org.outreach.ingest.support.ParquetSchema.column;

import java.util.List;
import org.outreach.ingest.support.LakeDataset;
import org.outreach.ingest.support.ParquetSchema;

/** The CRM's raw datasets in the lake and their Parquet columns. */
public final class CrmDatasets {

    public static final LakeDataset CUSTOMER =
            new LakeDataset("crm/customer", List.of("customer_id"), "updated_at");
    public static final LakeDataset SERVICE_TRANSACTION =
            new LakeDataset("crm/service_transaction", List.of("transaction_id"), "updated_at");

    static final ParquetSchema<CrmCustomer> CUSTOMER_COLUMNS = ParquetSchema.of(
            column("customer_id", "BIGINT", CrmCustomer::customerId),
            column("person_key", "VARCHAR", CrmCustomer::personKey),
            column("postcode_district", "VARCHAR", CrmCustomer::postcodeDistrict),
            column("nationality", "VARCHAR", CrmCustomer::nationality),
            column("preferred_language", "VARCHAR", CrmCustomer::preferredLanguage),
            column("updated_at", "TIMESTAMP", CrmCustomer::updatedAt));

    static final ParquetSchema<CrmTransaction> TRANSACTION_COLUMNS = ParquetSchema.of(
            column("transaction_id", "BIGINT", CrmTransaction::transactionId),
            column("customer_id", "BIGINT", CrmTransaction::customerId),
            column("occurred_at", "TIMESTAMP", CrmTransaction::occurredAt),
            column("channel", "VARCHAR", CrmTransaction::channel),
            column("location_code", "VARCHAR", CrmTransaction::locationCode),
            column("service_code", "VARCHAR", CrmTransaction::serviceCode),
            column("outcome_code", "VARCHAR", CrmTransaction::outcomeCode),
            column("staff_id", "VARCHAR", CrmTransaction::staffId),
            column("is_void", "BOOLEAN", CrmTransaction::isVoid),
            column("age_band", "VARCHAR", CrmTransaction::ageBand),
            column("updated_at", "TIMESTAMP", CrmTransaction::updatedAt));

    private CrmDatasets() {
    }
}
