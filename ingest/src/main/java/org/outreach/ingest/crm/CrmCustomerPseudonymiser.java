package org.outreach.ingest.crm;

import org.outreach.ingest.support.PersonKeys;
import org.outreach.ingest.support.Postcodes;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/** Keeps a person key and coarse attributes of a customer; drops everything personal. */
class CrmCustomerPseudonymiser implements ItemProcessor<CrmCustomerRow, CrmCustomer> {

    private final PersonKeys personKeys;

    CrmCustomerPseudonymiser(PersonKeys personKeys) {
        this.personKeys = personKeys;
    }

    @Override
    public CrmCustomer process(CrmCustomerRow row) {
        String personKey = personKeys.keyOf(row.niNumber(), row.surname(), row.dateOfBirth(), row.postcode())
                .orElse(null);
        return new CrmCustomer(row.customerId(), personKey, Postcodes.district(row.postcode()).orElse(null),
                row.nationality(), row.preferredLanguage(), row.updatedAt());
    }
}
