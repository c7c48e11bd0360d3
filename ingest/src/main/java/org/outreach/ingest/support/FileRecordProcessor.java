package org.outreach.ingest.support;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/** Turns a record into its feed's item; a record that breaks the contract is rejected, to be skipped. */
public final class FileRecordProcessor implements ItemProcessor<FileRecord, FileItem> {

    @Override
    public FileItem process(FileRecord record) throws RejectedRecord {
        SourceRecord source = record.record();
        try {
            if (source.unreadable() != null) {
                throw source.unreadable();
            }
            return new FileItem(record.file(),
                    record.file().feed().mapper().map(source, new Fields(source), record.file().file()));
        } catch (ContractViolation violation) {
            throw new RejectedRecord(record, violation);
        }
    }
}
