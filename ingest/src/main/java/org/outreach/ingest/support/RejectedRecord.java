package org.outreach.ingest.support;

/**
 * A record that breaks the contract, as the file drop processor throws it: the step skips it,
 * {@link QuarantineRatioPolicy} counts it against its file, {@link QuarantineSkipListener}
 * quarantines it.
 */
public class RejectedRecord extends Exception {

    private final transient FileRecord record;
    private final ContractViolation violation;

    public RejectedRecord(FileRecord record, ContractViolation violation) {
        super(record.file().file().name() + " line " + record.record().line() + " " + violation.getMessage(),
                violation, false, false);
        this.record = record;
        this.violation = violation;
    }

    public FileRecord record() {
        return record;
    }

    public ContractViolation violation() {
        return violation;
    }
}
