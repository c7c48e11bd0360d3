package org.outreach.pipeline;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Spring context behind the commands: ingest's steps, the nightly job, the warehouse steps. */
@SpringBootApplication(scanBasePackages = "org.outreach")
public class OutreachApplication {
}
