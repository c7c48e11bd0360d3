package org.outreach.ingest.crm;

import java.util.Set;
import org.outreach.ingest.support.AgeBands;
import org.outreach.ingest.support.QuarantineRecord;
import org.outreach.ingest.support.QuarantineWriter;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Checks a transaction against the contract (a plausible time, known channel and outcome, a
 * service code, a location where the channel has one) and replaces the customer's date of birth by the age
 * band on the day. A row that breaks the contract is quarantined and filtered.
 */
class CrmTransactionProcessor implements ItemProcessor<CrmTransactionRow, CrmTransaction> {

    private static final Set<String> CHANNELS = Set.of("BUS", "WORKS_CLUB", "OFFICE", "PHONE", "WEB");
    private static final Set<String> CHANNELS_WITH_A_LOCATION = Set.of("BUS", "WORKS_CLUB", "OFFICE");
    private static final Set<String> OUTCOMES = Set.of("RESOLVED", "REFERRED", "SIGNPOSTED", "FOLLOW_UP");

    private final QuarantineWriter quarantine;
    private final String runId;
    private final String table;

    CrmTransactionProcessor(QuarantineWriter quarantine, String runId, String table) {
        this.quarantine = quarantine;
        this.runId = runId;
        this.table = table;
    }

    @Override
    public CrmTransaction process(CrmTransactionRow row) {
        if (row.occurredAt().getYear() < 1900 || row.occurredAt().getYear() > 2100) {
            return quarantined(row, "occurred_at", "out of range", row.occurredAt().toString());
        }
        if (!CHANNELS.contains(row.channel())) {
            return quarantined(row, "channel", "unknown channel", row.channel());
        }
        if (row.serviceCode() == null || row.serviceCode().isBlank()) {
            return quarantined(row, "service_code", "missing required field", row.serviceCode());
        }
        if (CHANNELS_WITH_A_LOCATION.contains(row.channel())
                && (row.locationCode() == null || row.locationCode().isBlank())) {
            return quarantined(row, "location_code", "missing required field for channel " + row.channel(),
                    row.locationCode());
        }
        if (row.outcomeCode() != null && !OUTCOMES.contains(row.outcomeCode())) {
            return quarantined(row, "outcome_code", "unknown outcome", row.outcomeCode());
        }
        String ageBand = AgeBands.at(row.customerDateOfBirth(), row.occurredAt().toLocalDate());
        return new CrmTransaction(row.transactionId(), row.customerId(), row.occurredAt(), row.channel(),
                row.locationCode(), row.serviceCode(), row.outcomeCode(), row.staffId(), row.isVoid(), ageBand,
                row.updatedAt());
    }

    private CrmTransaction quarantined(CrmTransactionRow row, String field, String reason, String value) {
        quarantine.add(new QuarantineRecord(runId, "crm", table, "transaction_id=" + row.transactionId(), field,
                reason, value, row.updatedAt()));
        return null;
    }
}
