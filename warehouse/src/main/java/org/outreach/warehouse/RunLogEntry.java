package org.outreach.warehouse;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One step of one nightly run, as the job repository recorded it. */
public record RunLogEntry(String runId, LocalDate asOf, long execution, String step, String status,
                          LocalDateTime started, LocalDateTime ended, long rowsRead, long rowsWritten,
                          long rowsQuarantined) {
}
