package org.outreach.ingest.crm;

import java.time.LocalDateTime;

/** A service transaction version as it reaches the lake. */
record CrmTransaction(long transactionId, Long customerId, LocalDateTime occurredAt, String channel,
                      String locationCode, String serviceCode, String outcomeCode, String staffId,
                      boolean isVoid, String ageBand, LocalDateTime updatedAt) {
}
