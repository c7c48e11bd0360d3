package org.outreach.pipeline.alert;

/** One way of telling the operator: e-mail, a webhook. */
interface AlertChannel {

    /** For the log: "mail to ops@example.org", "webhook https://...". */
    String describe();

    boolean enabled();

    void send(RunAlert alert) throws Exception;
}
