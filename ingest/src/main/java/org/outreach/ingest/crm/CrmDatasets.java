package org.outreach.ingest.crm;

import static org.outreach.ingest.support.ParquetSchema.category;
import static org.outreach.ingest.support.ParquetSchema.column;

import java.util.List;
import org.outreach.ingest.support.LakeDataset;
import org.outreach.ingest.support.ParquetSchema;

/** The CRM's raw datasets in the lake, and the values of their declared columns. */
public final class CrmDatasets {

    public static final LakeDataset CUSTOMER =
            new LakeDataset("crm/customer", List.of("customer_id"), "updated_at");
    public static final LakeDataset SERVICE_TRANSACTION =
            new LakeDataset("crm/service_transaction", List.of("transaction_id"), "updated_at");

    static final ParquetSchema<CrmCustomer> CUSTOMER_COLUMNS = ParquetSchema.of("raw/" + CUSTOMER.name(),
            column("customer_id", CrmCustomer::customerId),
            column("person_key", CrmCustomer::personKey),
            category("postcode_district", CrmCustomer::postcodeDistrict),
            category("nationality", CrmCustomer::nationality),
            category("preferred_language", CrmCustomer::preferredLanguage),
            column("updated_at", CrmCustomer::updatedAt));

    static final ParquetSchema<CrmTransaction> TRANSACTION_COLUMNS =
            ParquetSchema.of("raw/" + SERVICE_TRANSACTION.name(),
            column("transaction_id", CrmTransaction::transactionId),
            column("customer_id", CrmTransaction::customerId),
            column("occurred_at", CrmTransaction::occurredAt),
            category("channel", CrmTransaction::channel),
            category("location_code", CrmTransaction::locationCode),
            category("service_code", CrmTransaction::serviceCode),
            category("outcome_code", CrmTransaction::outcomeCode),
            category("staff_id", CrmTransaction::staffId),
            column("is_void", CrmTransaction::isVoid),
            category("age_band", CrmTransaction::ageBand),
            column("updated_at", CrmTransaction::updatedAt));

    private CrmDatasets() {
    }
}
