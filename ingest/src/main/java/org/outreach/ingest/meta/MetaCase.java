package org.outreach.ingest.meta;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A META case version as it reaches the lake: the client as a person key and coarse attributes. */
record MetaCase(String caseRef, String officeCode, LocalDate openedOn, LocalDate closedOn, String personKey,
                String ageBand, String postcodeDistrict, String nationality, String issueType, String outcome,
                LocalDateTime lastModified) {
}
