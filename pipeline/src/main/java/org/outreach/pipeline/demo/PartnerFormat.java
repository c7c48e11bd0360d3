package org.outreach.pipeline.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.outreach.ingest.works.WorksProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;

/**
 * A Thetford Works! partner's file format as ingest's packaged configuration declares it
 * (SOURCES.md section 4): the demo writes the files the extract is set to read, in one place
 * with it.
 */
record PartnerFormat(WorksProperties.PartnerFeed feed) {

    private static final String PACKAGED = "outreach-sources.yml";

    /** Each partner's format, by partner. */
    static Map<String, PartnerFormat> packaged() {
        try {
            WorksProperties works = new Binder(ConfigurationPropertySources.from(new YamlPropertySourceLoader()
                    .load(PACKAGED, new ClassPathResource(PACKAGED))))
                    .bind("outreach.works", WorksProperties.class).get();
            return works.partners().entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> new PartnerFormat(e.getValue())));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + PACKAGED, e);
        }
    }

    /** The column names, in the order the demo writes a row: reference, person, event. */
    List<String> header() {
        WorksProperties.Columns c = feed.columns();
        return List.of(c.participantRef(), c.surname(), c.dateOfBirth(), c.niNumber(), c.postcode(), c.event(),
                c.eventDate());
    }

    /** The partner's word for a canonical event type. */
    String word(String eventType) {
        return feed.events().entrySet().stream().filter(e -> e.getValue().equals(eventType)).map(Map.Entry::getKey)
                .findFirst().orElseThrow(() -> new IllegalStateException("no word for " + eventType));
    }

    DateTimeFormatter dates() {
        return DateTimeFormatter.ofPattern(feed.dateFormat());
    }

    String delimiter() {
        return feed.delimiter();
    }

    String sheet() {
        return feed.sheet();
    }
}
