package org.outreach.transform.intermediate;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.outreach.transform.support.Rows;

class ScheduleCalendarTest {

    private static final String SCHEDULE = "raw/bus/schedule";
    private static final String COLUMNS = "location_code, weekday, weeks, arrive, valid_from, valid_to";

    @Test
    void expandsWeekdaysWeeksAndValidityUpToTheAsOfDate() {
        var schedule = Rows.declared(SCHEDULE, COLUMNS,
                // Tuesdays of November 2010: 2, 9, 16, 23, 30; weeks 1 and 3 are the 2nd and the 16th.
                row("BUS-A", "TUE", "1,3", "2010-11-01", null),
                // The last Wednesday of November 2010 is the 24th.
                row("BUS-B", "WED", "LAST", "2010-11-01", null),
                // Fridays of December 2010: 3, 10, 17, 24, 31: week 2 is the 10th, the last the 31st.
                row("BUS-C", "FRI", "2,LAST", "2010-12-01", null),
                // A stop removed mid-month: Mondays 6 and 13 December only.
                row("BUS-D", "MON", "ALL", "2010-12-01", "2010-12-15"));

        var visits = ScheduleCalendar.scheduledVisits(schedule, LocalDate.of(2010, 12, 31))
                .orderBy("location_code", "visit_date").collectAsList();

        assertThat(visits).extracting(r -> r.getString(0) + " " + r.getDate(1)).containsExactly(
                "BUS-A 2010-11-02", "BUS-A 2010-11-16", "BUS-A 2010-12-07", "BUS-A 2010-12-21",
                "BUS-B 2010-11-24", "BUS-B 2010-12-29",
                "BUS-C 2010-12-10", "BUS-C 2010-12-31",
                "BUS-D 2010-12-06", "BUS-D 2010-12-13");
    }

    @Test
    void stopsAtTheAsOfDate() {
        var schedule = Rows.declared(SCHEDULE, COLUMNS, row("BUS-A", "TUE", "1,3", "2010-11-01", null));

        assertThat(ScheduleCalendar.scheduledVisits(schedule, LocalDate.of(2010, 11, 15)).count()).isEqualTo(1);
    }

    private static Object[] row(String stop, String weekday, String weeks, String from, String to) {
        return new Object[] {stop, weekday, weeks, "10:00", Date.valueOf(from), to == null ? null : Date.valueOf(to)};
    }
}
