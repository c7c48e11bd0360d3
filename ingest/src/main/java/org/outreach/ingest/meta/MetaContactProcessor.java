package org.outreach.ingest.meta;

import org.outreach.ingest.support.QuarantineRecord;
import org.outreach.ingest.support.QuarantineWriter;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/** A contact whose case does not exist in the case system is an orphan: quarantined, not dropped. */
class MetaContactProcessor implements ItemProcessor<MetaContactRow, MetaContact> {

    private final QuarantineWriter quarantine;
    private final String runId;
    private final String table;

    MetaContactProcessor(QuarantineWriter quarantine, String runId, String table) {
        this.quarantine = quarantine;
        this.runId = runId;
        this.table = table;
    }

    @Override
    public MetaContact process(MetaContactRow row) {
        MetaContact contact = row.contact();
        if (row.caseExists()) {
            return contact;
        }
        quarantine.add(new QuarantineRecord(runId, "meta", table, "contact_id=" + contact.contactId(), "case_ref",
                "orphan: no such case", contact.caseRef(), contact.lastModified()));
        return null;
    }
}
