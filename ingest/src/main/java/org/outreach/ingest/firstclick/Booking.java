package org.outreach.ingest.firstclick;

import java.time.LocalDate;

/** A First Click course booking as it reaches the lake: the venue as a location, the person as a key. */
record Booking(String sourceFile, long sourceLine, String bookingId, LocalDate sessionDate, String locationCode,
               String personKey, String ageBand, String postcodeDistrict, boolean attended, boolean completed,
               Long feedback) {
}
