package org.outreach.ingest.meta;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A META case as the case system sends it, client's personal data included. Never written. */
record MetaCaseRow(String caseRef, String officeCode, LocalDate openedOn, LocalDate closedOn, String surname,
                   LocalDate dateOfBirth, String niNumber, String postcode, String nationality, String issueType,
                   String outcome, LocalDateTime lastModified) {

    @Override
    public String toString() {
        return "MetaCaseRow[caseRef=" + caseRef + ", lastModified=" + lastModified + "]";
    }
}
