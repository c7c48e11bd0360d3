package org.outreach.ingest.support;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Free-text venue names matched to locations of reference/locations.csv: through a
 * location's name or any of its |-separated aliases, after lower-casing and removing all
 * whitespace.
 */
public final class LocationAliases {

    private final Map<String, String> codes;

    private LocationAliases(Map<String, String> codes) {
        this.codes = Map.copyOf(codes);
    }

    public static LocationAliases load(Path locationsCsv) {
        Map<String, String> codes = new HashMap<>();
        try (RecordFormat.Cursor records = new CsvRecords(',').open(locationsCsv)) {
            for (SourceRecord record = records.next(); record != null; record = records.next()) {
                add(codes, new Fields(record));
            }
        }
        return new LocationAliases(codes);
    }

    private static void add(Map<String, String> codes, Fields fields) {
        String code = fields.text("location_code");
        if (code == null) {
            return;
        }
        codes.put(normalise(code), code);
        String name = fields.text("name");
        if (name != null) {
            codes.put(normalise(name), code);
        }
        String aliases = fields.text("aliases");
        if (aliases != null) {
            for (String alias : aliases.split("\\|")) {
                if (!alias.isBlank()) {
                    codes.put(normalise(alias), code);
                }
            }
        }
    }

    public Optional<String> codeOf(String venue) {
        return venue == null ? Optional.empty() : Optional.ofNullable(codes.get(normalise(venue)));
    }

    static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("\\s", "");
    }
}
