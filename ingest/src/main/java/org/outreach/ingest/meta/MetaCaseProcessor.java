package org.outreach.ingest.meta;

import java.util.Set;
import org.outreach.ingest.support.AgeBands;
import org.outreach.ingest.support.PersonKeys;
import org.outreach.ingest.support.Postcodes;
import org.outreach.ingest.support.QuarantineRecord;
import org.outreach.ingest.support.QuarantineWriter;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/** Checks a case against the contract and pseudonymises its client; a broken case is quarantined. */
class MetaCaseProcessor implements ItemProcessor<MetaCaseRow, MetaCase> {

    static final Set<String> ISSUE_TYPES = Set.of("BENEFITS", "TAX", "HOUSING", "HOMELESSNESS", "EMPLOYMENT",
            "REPATRIATION", "OTHER");
    static final Set<String> OUTCOMES = Set.of("REHOUSED", "SHELTERED", "RETURNED_HOME", "BENEFIT_AWARDED",
            "SIGNPOSTED", "WITHDRAWN");

    private final PersonKeys personKeys;
    private final QuarantineWriter quarantine;
    private final String runId;
    private final String table;

    MetaCaseProcessor(PersonKeys personKeys, QuarantineWriter quarantine, String runId, String table) {
        this.personKeys = personKeys;
        this.quarantine = quarantine;
        this.runId = runId;
        this.table = table;
    }

    @Override
    public MetaCase process(MetaCaseRow row) {
        if (!ISSUE_TYPES.contains(row.issueType())) {
            return quarantined(row, "issue_type", "unknown value", row.issueType());
        }
        if (row.outcome() != null && !OUTCOMES.contains(row.outcome())) {
            return quarantined(row, "outcome", "unknown value", row.outcome());
        }
        if (row.officeCode() == null || row.officeCode().isBlank()) {
            return quarantined(row, "office_code", "missing required field", null);
        }
        if (row.closedOn() != null && row.closedOn().isBefore(row.openedOn())) {
            return quarantined(row, "closed_on", "before opened_on", row.closedOn().toString());
        }
        String personKey = personKeys.keyOf(row.niNumber(), row.surname(), row.dateOfBirth(), row.postcode())
                .orElse(null);
        return new MetaCase(row.caseRef(), row.officeCode(), row.openedOn(), row.closedOn(), personKey,
                AgeBands.at(row.dateOfBirth(), row.openedOn()), Postcodes.district(row.postcode()).orElse(null),
                row.nationality(), row.issueType(), row.outcome(), row.lastModified());
    }

    private MetaCase quarantined(MetaCaseRow row, String field, String reason, String value) {
        quarantine.add(new QuarantineRecord(runId, "meta", table, "case_ref=" + row.caseRef(), field, reason, value,
                row.lastModified()));
        return null;
    }
}
