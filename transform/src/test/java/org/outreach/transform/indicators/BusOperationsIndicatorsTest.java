package org.outreach.transform.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.outreach.transform.intermediate.ScheduleCalendar;
import org.outreach.transform.intermediate.TransactionDays;
import org.outreach.transform.support.IndicatorLookup;
import org.outreach.transform.support.Rows;
import org.outreach.transform.support.TransactionFixtures;

/**
 * As of 2010-11-30. BUS-A, every Monday from 2010-11-01: scheduled 1, 8, 15, 22, 29
 * November (5). Visit rows: the 1st completed (footfall 10), the 8th cancelled, the 15th
 * completed (5), an unscheduled Saturday the 20th completed (3); 4 bus transactions and a
 * WORKS_CLUB one that does not count. So 3 completed of 5 scheduled, footfall 18, 4/3
 * transactions per visit. BUS-B, every first Tuesday since September: one completed visit
 * and one transaction a month, below 2.0 three months running by November.
 */
class BusOperationsIndicatorsTest {

    private static final String BUS = "ONE_STOP_BUS";
    private static IndicatorLookup figures;

    @BeforeAll
    static void compute() {
        LocalDate asOf = LocalDate.of(2010, 11, 30);
        var schedule = Rows.declared("raw/bus/schedule", "location_code, weekday, weeks, arrive, valid_from, valid_to",
                new Object[] {"BUS-A", "MON", "ALL", "10:00", Date.valueOf("2010-11-01"), null},
                new Object[] {"BUS-B", "TUE", "1", "10:00", Date.valueOf("2010-09-01"), null});
        var visits = Rows.declared("raw/bus/visits", "visit_date, location_code, status, footfall",
                visit("2010-11-01", "BUS-A", "COMPLETED", 10L), visit("2010-11-08", "BUS-A", "CANCELLED", 0L),
                visit("2010-11-15", "BUS-A", "COMPLETED", 5L), visit("2010-11-20", "BUS-A", "COMPLETED", 3L),
                visit("2010-09-07", "BUS-B", "COMPLETED", 2L), visit("2010-10-05", "BUS-B", "COMPLETED", 2L),
                visit("2010-11-02", "BUS-B", "COMPLETED", 2L));
        List<Object[]> transactions = new ArrayList<>();
        for (String date : new String[] {"2010-11-01", "2010-11-01", "2010-11-15", "2010-11-20"}) {
            transactions.add(new Object[] {BUS, "BUS-A", Date.valueOf(date)});
        }
        transactions.add(new Object[] {"THETFORD_WORKS", "BUS-A", Date.valueOf("2010-11-15")});
        for (String date : new String[] {"2010-09-07", "2010-10-05", "2010-11-02"}) {
            transactions.add(new Object[] {BUS, "BUS-B", Date.valueOf(date)});
        }
        var mart = TransactionFixtures.complete(Rows.of("service STRING, location_code STRING, transaction_date DATE",
                transactions.toArray(Object[][]::new)));
        figures = new IndicatorLookup(BusOperationsIndicators.compute(
                ScheduleCalendar.scheduledVisits(schedule, asOf), visits, TransactionDays.of(mart), asOf, 2.0));
    }

    @Test
    void comparesScheduledAndCompletedVisitsIncludingUnscheduledOnes() {
        assertThat(figures.value("scheduled_visits", BUS, "BUS-A", "ALL", "MONTH", "2010-11")).isEqualTo(5.0);
        assertThat(figures.value("completed_visits", BUS, "BUS-A", "ALL", "MONTH", "2010-11")).isEqualTo(3.0);
        assertThat(figures.value("visit_completion_rate", BUS, "BUS-A", "ALL", "MONTH", "2010-11")).isEqualTo(0.6);
        assertThat(figures.value("footfall", BUS, "BUS-A", "ALL", "MONTH", "2010-11")).isEqualTo(18.0);
        Row perVisit = figures.find("transactions_per_visit", BUS, "BUS-A", "ALL", "ALL", "MONTH", "2010-11");
        assertThat(perVisit.<Double>getAs("numerator")).isEqualTo(4.0);
        assertThat(perVisit.<Double>getAs("denominator")).isEqualTo(3.0);
        assertThat(figures.value("scheduled_visits", BUS, "ALL", "ALL", "MONTH", "2010-11")).isEqualTo(6.0);
        assertThat(figures.value("scheduled_visits", BUS, "ALL", "ALL", "FY", "2010/11")).isEqualTo(8.0);
    }

    @Test
    void flagsAStopBelowTheThresholdThreeMonthsRunningOnlyInTheThirdMonth() {
        assertThat(flag("BUS-B", "2010-11")).isEqualTo(1.0);
        assertThat(flag("BUS-B", "2010-10")).isEqualTo(0.0);
        assertThat(flag("BUS-A", "2010-11")).as("no visits before November").isEqualTo(0.0);
        assertThat(figures.find("review_flag", BUS, "ALL", "ALL", "ALL", "MONTH", "2010-11")).isNull();
        assertThat(figures.find("review_flag", BUS, "BUS-B", "ALL", "ALL", "FY", "2010/11")).isNull();
    }

    private static Double flag(String stop, String month) {
        return figures.value("review_flag", BUS, stop, "ALL", "MONTH", month);
    }

    private static Object[] visit(String date, String stop, String status, Long footfall) {
        return new Object[] {Date.valueOf(date), stop, status, footfall};
    }
}
