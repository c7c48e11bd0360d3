package org.outreach.ingest.crm;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A customer as the CRM sends it, personal data included. Never written anywhere. */
record CrmCustomerRow(long customerId, String surname, LocalDate dateOfBirth, String niNumber,
                      String postcode, String nationality, String preferredLanguage, LocalDateTime updatedAt) {

    /** No names, NI numbers or dates of birth in exception messages or logs. */
    @Override
    public String toString() {
        return "CrmCustomerRow[customerId=" + customerId + ", updatedAt=" + updatedAt + "]";
    }
}
