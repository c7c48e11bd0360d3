package org.outreach.transform.staging;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import org.junit.jupiter.api.Test;
import org.outreach.transform.support.Rows;

class NewestVersionTest {

    @Test
    void keepsTheNewestVersionOfEachKeyEvenWhenAVersionWasReadTwice() {
        var versions = Rows.of("id BIGINT, outcome STRING, updated_at TIMESTAMP",
                new Object[] {1L, null, Timestamp.valueOf("2010-06-07 10:00:00")},
                new Object[] {1L, "RESOLVED", Timestamp.valueOf("2010-06-10 09:00:00")},
                new Object[] {1L, "RESOLVED", Timestamp.valueOf("2010-06-10 09:00:00")},
                new Object[] {2L, "REFERRED", Timestamp.valueOf("2010-06-08 11:00:00")});

        var newest = NewestVersion.of(versions, "id", "updated_at").orderBy("id").collectAsList();

        assertThat(newest).extracting(r -> r.getLong(0) + ":" + r.getString(1))
                .containsExactly("1:RESOLVED", "2:REFERRED");
    }
}
