package org.outreach.ingest.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PersonKeysTest {

    private static final LocalDate DOB = LocalDate.of(1961, 3, 2);
    private final PersonKeys keys = new PersonKeys("test-secret-0123456789abcdef".getBytes(StandardCharsets.UTF_8));

    @Test
    void keysAValidNiNumberWhateverItsSpacingAndCase() {
        // Expected values computed outside Java: python3 hmac.new(secret, text, sha256).hexdigest()
        String expected = "2562d61b83afdc854381e50ededab959081a0892ed0f068dc54a3d23b42b9b12";
        assertThat(keys.keyOf("AB123456C", "Nowak", DOB, "IP24 1AA")).contains(expected);
        assertThat(keys.keyOf("ab 12 34 56 c", "Other", null, null)).contains(expected);
    }

    @Test
    void fallsBackToSurnameDateOfBirthAndPostcodeSectorWithAccentsFolded() {
        String expected = "a742f49bedfe040996594e0c8724b359cdfc921f1a198a2b8316bcd2802bf854";
        assertThat(keys.keyOf(null, "Gonçalves", DOB, "ip241aa")).contains(expected);
        assertThat(keys.keyOf("AB-123456-C", "gonçalves ", DOB, "IP24 1ZZ")).contains(expected);
    }

    @Test
    void aDashedOrMalformedNiNumberIsNotValid() {
        assertThat(PersonKeys.keyText("AB-123456-C", null, null, null)).isEmpty();
        assertThat(PersonKeys.keyText("DA123456C", null, null, null)).as("D is not a valid first letter").isEmpty();
        assertThat(PersonKeys.keyText("AO123456C", null, null, null)).as("O is not a valid second letter").isEmpty();
        assertThat(PersonKeys.keyText("AB123456E", null, null, null)).as("suffix is A to D").isEmpty();
        assertThat(PersonKeys.keyText("AB123456C", null, null, null)).contains("NI:AB123456C");
    }

    @Test
    void foldsSurnamesToLettersAToZ() {
        assertThat(PersonKeys.foldSurname("Wiśniewski")).isEqualTo("WISNIEWSKI");
        assertThat(PersonKeys.foldSurname("Gonçalves")).isEqualTo("GONCALVES");
        assertThat(PersonKeys.foldSurname("O'Brien-Smith")).isEqualTo("OBRIENSMITH");
        assertThat(PersonKeys.foldSurname("Bērziņš")).isEqualTo("BERZINS");
    }

    @Test
    void withoutAValidNiNumberOrAllThreePersonalDetailsThereIsNoKey() {
        assertThat(keys.keyOf(null, "Nowak", null, "IP24 1AA")).isEmpty();
        assertThat(keys.keyOf(null, "Nowak", DOB, "not a postcode")).isEmpty();
        assertThat(keys.keyOf(null, "", DOB, "IP24 1AA")).isEmpty();
        assertThat(keys.keyOf(null, null, null, null)).isEmpty();
    }

    @Test
    void aPersonKeyedByNiInOneSourceAndByPersonalDetailsInAnotherHasTwoKeys() {
        // The CRM holds their NI number; META's case does not: SOURCES.md's rule keys them apart.
        assertThat(keys.keyOf("AB123456C", "Nowak", DOB, "IP24 1AA"))
                .isNotEqualTo(keys.keyOf(null, "Nowak", DOB, "IP24 1AA"));
    }

    @Test
    void theSameDetailsGiveTheSameKeyAndTheTextNamesTheRule() {
        assertThat(PersonKeys.keyText(null, "Nowak", DOB, "ip241aa")).contains("PD:NOWAK|1961-03-02|IP24 1");
        assertThat(keys.keyOf(null, "Nowak", DOB, "IP24 1AA")).isEqualTo(keys.keyOf(null, "NOWAK", DOB, "ip241ab"));
    }
}
