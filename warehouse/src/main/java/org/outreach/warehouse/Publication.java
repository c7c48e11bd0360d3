package org.outreach.warehouse;

import java.time.LocalDate;

/** The nightly run a warehouse file is built from. */
public record Publication(String runId, LocalDate asOf) {
}
