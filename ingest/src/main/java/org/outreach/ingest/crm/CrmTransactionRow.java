package org.outreach.ingest.crm;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A service transaction as read, with its customer's date of birth for the age band. */
record CrmTransactionRow(long transactionId, Long customerId, LocalDateTime occurredAt, String channel,
                         String locationCode, String serviceCode, String outcomeCode, String staffId,
                         boolean isVoid, LocalDateTime updatedAt, LocalDate customerDateOfBirth) {

    @Override
    public String toString() {
        return "CrmTransactionRow[transactionId=" + transactionId + ", updatedAt=" + updatedAt + "]";
    }
}
