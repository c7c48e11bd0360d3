package org.outreach.transform.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.LocalDate;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.outreach.transform.support.IndicatorLookup;
import org.outreach.transform.support.Rows;

/**
 * Watton: b1 attended and completed, feedback 4; b2 attended, not completed, no feedback;
 * b3 did not attend but is marked completed with feedback 5 (neither counts). Swaffham: b4
 * did not attend.
 */
class FirstClickIndicatorsTest {

    private static IndicatorLookup figures;

    @BeforeAll
    static void compute() {
        var bookings = Rows.declared("raw/firstclick/bookings",
                "booking_id, session_date, location_code, person_key, attended, completed, feedback",
                new Object[] {"b1", Date.valueOf("2011-02-14"), "VEN-W", "P1", true, true, 4L},
                new Object[] {"b2", Date.valueOf("2011-02-14"), "VEN-W", "P2", true, false, null},
                new Object[] {"b3", Date.valueOf("2011-02-21"), "VEN-W", "P3", false, true, 5L},
                new Object[] {"b4", Date.valueOf("2011-02-21"), "VEN-S", "P4", false, false, null});
        figures = new IndicatorLookup(FirstClickIndicators.compute(bookings, LocalDate.of(2011, 3, 31)));
    }

    @Test
    void countsBookingsAttendancesAndCompletionsOnlyOfAttendees() {
        assertThat(figures.value("bookings", "FIRST_CLICK", "VEN-W", "ALL", "MONTH", "2011-02")).isEqualTo(3.0);
        assertThat(figures.value("attendances", "FIRST_CLICK", "VEN-W", "ALL", "MONTH", "2011-02")).isEqualTo(2.0);
        assertThat(figures.value("completions", "FIRST_CLICK", "VEN-W", "ALL", "MONTH", "2011-02")).isEqualTo(1.0);
        assertThat(figures.value("bookings", "FIRST_CLICK", "ALL", "ALL", "FY", "2010/11")).isEqualTo(4.0);
    }

    @Test
    void ratesCarryTheirPartsAndAreAbsentWithoutADenominator() {
        Row attendance = figures.find("attendance_rate", "FIRST_CLICK", "VEN-W", "ALL", "ALL", "MONTH", "2011-02");
        assertThat(attendance.<Double>getAs("value")).isEqualTo(2.0 / 3.0);
        assertThat(attendance.<Double>getAs("numerator")).isEqualTo(2.0);
        assertThat(attendance.<Double>getAs("denominator")).isEqualTo(3.0);
        assertThat(figures.value("completion_rate", "FIRST_CLICK", "VEN-W", "ALL", "MONTH", "2011-02")).isEqualTo(0.5);
        assertThat(figures.value("mean_feedback", "FIRST_CLICK", "VEN-W", "ALL", "MONTH", "2011-02")).isEqualTo(4.0);
        assertThat(figures.find("completion_rate", "FIRST_CLICK", "VEN-S", "ALL", "ALL", "MONTH", "2011-02")).isNull();
        assertThat(figures.find("mean_feedback", "FIRST_CLICK", "VEN-S", "ALL", "ALL", "MONTH", "2011-02")).isNull();
        assertThat(figures.value("attendance_rate", "FIRST_CLICK", "VEN-S", "ALL", "MONTH", "2011-02")).isEqualTo(0.0);
    }
}
