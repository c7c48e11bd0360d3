package org.outreach.transform.marts;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.outreach.transform.support.Rows;

class OtherSourcesTransactionsTest {

    private static final LocalDate AS_OF = LocalDate.of(2011, 3, 31);

    @Test
    void metaContactsOfExistingCasesAtTheContactsOfficeWithTheCasesTopicAndClient() {
        var cases = Rows.declared("raw/meta/meta_case", "case_ref, person_key, issue_type",
                new Object[] {"MC-1", "P1", "HOMELESSNESS"},
                new Object[] {"MC-2", null, "REPATRIATION"});
        var contacts = Rows.declared("raw/meta/meta_contact", "contact_id, case_ref, contact_on, office_code",
                new Object[] {1L, "MC-1", Date.valueOf("2010-06-14"), "OFF-T"},
                new Object[] {2L, "MC-1", Date.valueOf("2010-07-01"), "OFF-K"},
                new Object[] {3L, "MC-2", Date.valueOf("2010-07-02"), "OFF-T"},
                new Object[] {4L, "MC-9", Date.valueOf("2010-07-03"), "OFF-T"},
                new Object[] {5L, "MC-1", Date.valueOf("2011-04-01"), "OFF-T"});

        var mart = MetaTransactions.fromContacts(contacts, cases, AS_OF).orderBy("source_id_num").collectAsList();

        assertThat(mart).extracting(r -> r.getAs("transaction_key") + " " + r.getAs("location_code") + " "
                        + r.getAs("topic") + " " + r.getAs("person_key"))
                .as("the orphan (MC-9) and the contact after the as-of date are left out")
                .containsExactly("META:1 OFF-T HOUSING P1", "META:2 OFF-K HOUSING P1", "META:3 OFF-T OTHER null");
    }

    @Test
    void firstClickAttendancesOnly() {
        var bookings = Rows.declared("raw/firstclick/bookings",
                "booking_id, session_date, location_code, person_key, attended",
                new Object[] {"FC-2", Date.valueOf("2011-02-14"), "VEN-W", "P1", true},
                new Object[] {"FC-10", Date.valueOf("2011-02-14"), "VEN-W", "P2", false});

        var mart = FirstClickTransactions.fromBookings(bookings, AS_OF).collectAsList();

        assertThat(mart).extracting(r -> r.getAs("source_id") + " " + r.getAs("topic") + " "
                + r.getAs("source_id_num")).containsExactly("FC-2 EMPLOYMENT_SKILLS null");
    }
}
