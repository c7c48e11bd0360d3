package org.outreach.ingest.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AgeBandsTest {

    private static final LocalDate DOB = LocalDate.of(1986, 3, 2);

    @Test
    void bandsTheAgeOnTheEventDate() {
        assertThat(AgeBands.at(DOB, LocalDate.of(2004, 3, 1))).isEqualTo("0-17");
        assertThat(AgeBands.at(DOB, LocalDate.of(2004, 3, 2))).isEqualTo("18-24");
        assertThat(AgeBands.at(DOB, LocalDate.of(2011, 3, 2))).isEqualTo("25-34");
        assertThat(AgeBands.at(DOB, LocalDate.of(2021, 3, 2))).isEqualTo("35-49");
        assertThat(AgeBands.at(DOB, LocalDate.of(2036, 3, 2))).isEqualTo("50-64");
        assertThat(AgeBands.at(DOB, LocalDate.of(2051, 3, 2))).isEqualTo("65+");
    }

    @Test
    void noBandWithoutADateOfBirthOrBeforeBirth() {
        assertThat(AgeBands.at(null, LocalDate.of(2011, 3, 2))).isNull();
        assertThat(AgeBands.at(DOB, LocalDate.of(1980, 1, 1))).isNull();
    }
}
