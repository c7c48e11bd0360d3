package org.outreach.ingest.works;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Thetford Works! partners' monthly files, one entry per partner: adding a partner is
 * adding an entry. Their defaults are in {@code outreach-sources.yml}.
 */
@ConfigurationProperties("outreach.works")
public record WorksProperties(Map<String, PartnerFeed> partners) {

    public WorksProperties {
        partners = partners == null ? Map.of() : Map.copyOf(partners);
    }

    /**
     * @param file       regular expression of the partner's file names in works/&lt;partner&gt;/
     * @param format     csv or xlsx
     * @param delimiter  CSV field delimiter
     * @param sheet      XLSX sheet holding the events
     * @param dateFormat pattern of the dates (e.g. dd/MM/yyyy), or {@code excel} for Excel date cells
     * @param columns    the partner's column names
     * @param events     the partner's event words, each mapped to a canonical event type
     */
    public record PartnerFeed(String file, @DefaultValue("csv") String format, @DefaultValue(",") String delimiter,
                              String sheet, @DefaultValue("yyyy-MM-dd") String dateFormat, Columns columns,
                              Map<String, String> events) {
    }

    public record Columns(String participantRef, String surname, String dateOfBirth, String niNumber,
                          String postcode, String event, String eventDate) {
    }
}
