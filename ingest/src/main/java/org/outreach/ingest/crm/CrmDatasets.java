package org.outreach.ingest.crm;


import java.util.List;
import org.outreach.ingest.support.LakeDataset;
import org.outreach.ingest.support.ParquetSchema;

/** The CRM's raw datasets in the lake, and the values of their declared columns. */
public final class CrmDatasets {

    public static final LakeDataset CUSTOMER =
            new LakeDataset("crm/customer", List.of("customer_id"), "updated_at");
    public static final LakeDataset SERVICE_TRANSACTION =
            new LakeDataset("crm/service_transaction", List.of("transaction_id"), "updated_at");

    static final ParquetSchema<CrmCustomer> CUSTOMER_COLUMNS =
            ParquetSchema.ofRecord("raw/" + CUSTOMER.name(), CrmCustomer.class,
                    "postcode_district", "nationality", "preferred_language");

    static final ParquetSchema<CrmTransaction> TRANSACTION_COLUMNS =
            ParquetSchema.ofRecord("raw/" + SERVICE_TRANSACTION.name(), CrmTransaction.class,
                    "channel", "location_code", "service_code", "outcome_code", "staff_id", "age_band");

    private CrmDatasets() {
    }
}
