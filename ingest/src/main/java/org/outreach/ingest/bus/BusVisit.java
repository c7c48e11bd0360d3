package org.outreach.ingest.bus;

import java.time.LocalDate;

/** One planned visit of the bus. The free-text notes stay behind: only whether there were any. */
record BusVisit(String sourceFile, long sourceLine, LocalDate visitDate, String locationCode, String status,
                String cancelReason, Long footfall, String broadband, boolean hasNotes) {
}
