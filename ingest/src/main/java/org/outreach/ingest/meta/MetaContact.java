package org.outreach.ingest.meta;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One visit of a client to a META office. */
record MetaContact(long contactId, String caseRef, LocalDate contactOn, String officeCode, Integer minutes,
                   LocalDateTime lastModified) {
}
