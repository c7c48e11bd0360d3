package org.outreach.ingest.works;

import java.time.LocalDate;

/** A participant's event as it reaches the lake: pseudonymised, with the canonical event type. */
record WorksEvent(String sourceFile, long sourceLine, String partner, String participantRef, String personKey,
                  String ageBand, String postcodeDistrict, String eventType, LocalDate eventDate) {
}
