package org.outreach.ingest.support;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The pseudonymous person key of SOURCES.md: one person, one key, across every source.
 * HMAC-SHA256 over the NI number when it is valid, else over surname, date of birth and
 * postcode sector when all three are present and valid; otherwise there is no key.
 */
public final class PersonKeys {

    private static final Pattern NI_NUMBER =
            Pattern.compile("^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][0-9]{6}[A-D]$");
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NOT_A_TO_Z = Pattern.compile("[^A-Z]");

    private final SecretKeySpec key;

    public PersonKeys(byte[] secret) {
        if (secret.length < 16) {
            throw new IllegalArgumentException("the person-key secret must be at least 16 bytes long");
        }
        this.key = new SecretKeySpec(secret.clone(), "HmacSHA256");
    }

    public Optional<String> keyOf(String niNumber, String surname, LocalDate dateOfBirth, String postcode) {
        return keyText(niNumber, surname, dateOfBirth, postcode).map(this::hmac);
    }

    static Optional<String> keyText(String niNumber, String surname, LocalDate dateOfBirth, String postcode) {
        String ni = niNumber == null ? "" : niNumber.replace(" ", "").toUpperCase(Locale.ROOT);
        if (NI_NUMBER.matcher(ni).matches()) {
            return Optional.of("NI:" + ni);
        }
        String foldedSurname = foldSurname(surname);
        Optional<String> sector = Postcodes.sector(postcode);
        if (!foldedSurname.isEmpty() && dateOfBirth != null && sector.isPresent()) {
            return Optional.of("PD:" + foldedSurname + "|" + dateOfBirth + "|" + sector.get());
        }
        return Optional.empty();
    }

    static String foldSurname(String surname) {
        if (surname == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(surname, Normalizer.Form.NFKD);
        String unmarked = COMBINING_MARKS.matcher(decomposed).replaceAll("");
        return NOT_A_TO_Z.matcher(unmarked.toUpperCase(Locale.ROOT)).replaceAll("");
    }

    private String hmac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
        }
    }
}
