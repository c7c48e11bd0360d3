package org.outreach.ingest.crm;

import java.time.LocalDateTime;

/** A customer version as it reaches the lake: a person key and coarse attributes only. */
record CrmCustomer(long customerId, String personKey, String postcodeDistrict, String nationality,
                   String preferredLanguage, LocalDateTime updatedAt) {
}
