package org.outreach.ingest.crm;

import org.outreach.ingest.support.AgeBands;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/** Replaces the customer's date of birth by the age band on the day of the transaction. */
class CrmTransactionProcessor implements ItemProcessor<CrmTransactionRow, CrmTransaction> {

    @Override
    public CrmTransaction process(CrmTransactionRow row) {
        String ageBand = AgeBands.at(row.customerDateOfBirth(), row.occurredAt().toLocalDate());
        return new CrmTransaction(row.transactionId(), row.customerId(), row.occurredAt(), row.channel(),
                row.locationCode(), row.serviceCode(), row.outcomeCode(), row.staffId(), row.isVoid(), ageBand,
                row.updatedAt());
    }
}
