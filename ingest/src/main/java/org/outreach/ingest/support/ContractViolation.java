package org.outreach.ingest.support;

/** A field that breaks the contract of SOURCES.md: the record goes to quarantine. */
public class ContractViolation extends Exception {

    private final String field;
    private final String reason;
    private final String value;

    public ContractViolation(String field, String reason, String value) {
        super(field + ": " + reason);
        this.field = field;
        this.reason = reason;
        this.value = value;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }

    public String value() {
        return value;
    }
}
