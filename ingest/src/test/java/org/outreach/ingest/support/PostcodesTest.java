package org.outreach.ingest.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PostcodesTest {

    @Test
    void normalisesCaseAndSpacesBeforeValidating() {
        assertThat(Postcodes.district("ip241aa")).contains("IP24");
        assertThat(Postcodes.sector("ip241aa")).contains("IP24 1");
        assertThat(Postcodes.sector(" NR19  2AB ")).contains("NR19 2");
        assertThat(Postcodes.sector("W1A 1AA")).contains("W1A 1");
        assertThat(Postcodes.district("PE37 7DD")).contains("PE37");
    }

    @Test
    void rejectsWhatIsNotAPostcode() {
        assertThat(Postcodes.district(null)).isEmpty();
        assertThat(Postcodes.district("IP24")).isEmpty();
        assertThat(Postcodes.district("IP24-1AA")).isEmpty();
        assertThat(Postcodes.district("1P24 1AA")).isEmpty();
    }
}
