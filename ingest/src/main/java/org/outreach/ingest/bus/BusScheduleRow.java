package org.outreach.ingest.bus;

import java.time.LocalDate;

/** One row of the bus schedule history: a stop served on a weekday, in some weeks, for a period. */
record BusScheduleRow(String sourceFile, long sourceLine, String locationCode, String weekday, String weeks,
                      String arrive, String depart, LocalDate validFrom, LocalDate validTo) {
}
