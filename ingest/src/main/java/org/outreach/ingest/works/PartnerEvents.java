package org.outreach.ingest.works;


import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.regex.Pattern;
import org.outreach.ingest.support.AgeBands;
import org.outreach.ingest.support.ContractViolation;
import org.outreach.ingest.support.CsvRecords;
import org.outreach.ingest.support.DropFile;
import org.outreach.ingest.support.Fields;
import org.outreach.ingest.support.FileFeed;
import org.outreach.ingest.support.ParquetSchema;
import org.outreach.ingest.support.PersonKeys;
import org.outreach.ingest.support.Postcodes;
import org.outreach.ingest.support.RecordFormat;
import org.outreach.ingest.support.SourceRecord;
import org.outreach.ingest.support.XlsxRecords;

/** One partner's file format, from configuration, turned into a reader and a record mapper. */
final class PartnerEvents {

    static final Set<String> CANONICAL_EVENTS = Set.of("SIGNED_UP", "SCOPING_INTERVIEW", "CV_COMPLETED",
            "JOB_APPLICATION", "WORK_CLUB", "TRAINING_START", "JOB_START");

    static final ParquetSchema<WorksEvent> COLUMNS = ParquetSchema.ofRecord("raw/works/events", WorksEvent.class);

    private final String partner;
    private final WorksProperties.PartnerFeed feed;
    private final DateTimeFormatter dates;
    private final PersonKeys personKeys;

    PartnerEvents(String partner, WorksProperties.PartnerFeed feed, PersonKeys personKeys) {
        this.partner = partner;
        this.feed = validated(partner, feed);
        this.dates = "excel".equalsIgnoreCase(feed.dateFormat()) ? null : Fields.strictDates(feed.dateFormat());
        this.personKeys = personKeys;
    }

    /** The partner's files in its drop folder. */
    FileFeed<WorksEvent> feed(Path folder, double maxQuarantineRatio) {
        WorksProperties.Columns c = feed.columns();
        return new FileFeed<>("works", folder, Pattern.compile(feed.file()), format(), COLUMNS,
                this::event, Set.of(c.surname(), c.dateOfBirth(), c.niNumber(), c.postcode()), maxQuarantineRatio);
    }

    private RecordFormat format() {
        return switch (feed.format().toLowerCase()) {
            case "csv" -> new CsvRecords(feed.delimiter().charAt(0));
            case "xlsx" -> new XlsxRecords(feed.sheet());
            default -> throw new IllegalStateException("outreach.works.partners." + partner
                    + ".format: expected csv or xlsx, got " + feed.format());
        };
    }

    WorksEvent event(SourceRecord record, Fields fields, DropFile file) throws ContractViolation {
        WorksProperties.Columns c = feed.columns();
        String word = fields.required(c.event());
        String eventType = feed.events().get(word);
        if (eventType == null) {
            throw new ContractViolation(c.event(), "unknown event", word);
        }
        LocalDate eventDate = fields.date(c.eventDate(), dates);
        LocalDate dateOfBirth = fields.optionalDate(c.dateOfBirth(), dates);
        String postcode = fields.text(c.postcode());
        String personKey = personKeys.keyOf(fields.text(c.niNumber()), fields.text(c.surname()), dateOfBirth, postcode)
                .orElse(null);
        return new WorksEvent(file.name(), record.line(), partner, fields.text(c.participantRef()), personKey,
                AgeBands.at(dateOfBirth, eventDate), Postcodes.district(postcode).orElse(null), eventType, eventDate);
    }

    private static WorksProperties.PartnerFeed validated(String partner, WorksProperties.PartnerFeed feed) {
        String key = "outreach.works.partners." + partner;
        if (feed.file() == null || feed.columns() == null || feed.events() == null || feed.events().isEmpty()) {
            throw new IllegalStateException(key + ": file, columns and events are required");
        }
        if ("xlsx".equalsIgnoreCase(feed.format()) && feed.sheet() == null) {
            throw new IllegalStateException(key + ".sheet is required for xlsx files");
        }
        feed.events().forEach((word, type) -> {
            if (!CANONICAL_EVENTS.contains(type)) {
                throw new IllegalStateException(key + ".events[" + word + "]: " + type
                        + " is not a canonical event type " + CANONICAL_EVENTS);
            }
        });
        return feed;
    }
}
