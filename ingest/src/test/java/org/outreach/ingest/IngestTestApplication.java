package org.outreach.ingest;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The ingest jobs alone, with an in-memory job repository, for the job tests. */
@SpringBootApplication
public class IngestTestApplication {
}
