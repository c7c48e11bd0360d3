package org.outreach.ingest.firstclick;


import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;
import org.outreach.ingest.support.AgeBands;
import org.outreach.ingest.support.ContractViolation;
import org.outreach.ingest.support.DropFile;
import org.outreach.ingest.support.Fields;
import org.outreach.ingest.support.LocationAliases;
import org.outreach.ingest.support.ParquetSchema;
import org.outreach.ingest.support.PersonKeys;
import org.outreach.ingest.support.Postcodes;
import org.outreach.ingest.support.SourceRecord;

/** First Click bookings (SOURCES.md section 5): the contract of one JSON line. */
final class Bookings {

    static final Pattern FILES = Pattern.compile("bookings-\\d{4}-\\d{2}\\.jsonl");

    static final ParquetSchema<Booking> COLUMNS = ParquetSchema.ofRecord("raw/firstclick/bookings", Booking.class);

    private final PersonKeys personKeys;
    private final LocationAliases venues;

    Bookings(PersonKeys personKeys, LocationAliases venues) {
        this.personKeys = personKeys;
        this.venues = venues;
    }

    Booking booking(SourceRecord record, Fields fields, DropFile file) throws ContractViolation {
        String bookingId = fields.required("booking_id");
        LocalDate sessionDate = fields.date("session_date", DateTimeFormatter.ISO_LOCAL_DATE);
        String venue = fields.required("venue");
        String location = venues.codeOf(venue)
                .orElseThrow(() -> new ContractViolation("venue", "no location has this name or alias", venue));
        Long feedback = fields.optionalWholeNumber("feedback");
        if (feedback != null && (feedback < 1 || feedback > 5)) {
            throw new ContractViolation("feedback", "not from 1 to 5", feedback.toString());
        }
        boolean attended = fields.bool("attended");
        boolean completed = fields.bool("completed");
        LocalDate dateOfBirth = fields.optionalDate("dob", DateTimeFormatter.ISO_LOCAL_DATE);
        String postcode = fields.text("postcode");
        String personKey = personKeys.keyOf(null, fields.text("surname"), dateOfBirth, postcode).orElse(null);
        return new Booking(file.name(), record.line(), bookingId, sessionDate, location, personKey,
                AgeBands.at(dateOfBirth, sessionDate), Postcodes.district(postcode).orElse(null), attended, completed,
                feedback);
    }
}
