package org.outreach.ingest.support;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** UK postcodes reduced to what may be kept: the district (`IP24`) and, for keys only, the sector (`IP24 1`). */
public final class Postcodes {

    private static final Pattern VALID = Pattern.compile("^[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}$");

    private Postcodes() {
    }

    /** The postcode upper-cased without spaces, when it is valid. */
    static Optional<String> normalise(String postcode) {
        if (postcode == null) {
            return Optional.empty();
        }
        String compact = postcode.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        return VALID.matcher(compact).matches() ? Optional.of(compact) : Optional.empty();
    }

    public static Optional<String> district(String postcode) {
        return normalise(postcode).map(p -> p.substring(0, p.length() - 3));
    }

    public static Optional<String> sector(String postcode) {
        return normalise(postcode).map(p -> p.substring(0, p.length() - 3) + " " + p.charAt(p.length() - 3));
    }
}
