package org.outreach.transform.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class PeriodsTest {

    @Test
    void financialYearsRunFromAprilToMarch() {
        List<Row> rows = Rows.of("d DATE",
                        new Object[] {Date.valueOf("2011-03-31")}, new Object[] {Date.valueOf("2011-04-01")},
                        new Object[] {Date.valueOf("2009-12-15")}, new Object[] {Date.valueOf("1999-04-01")})
                .select(Periods.financialYear(org.apache.spark.sql.functions.col("d")).as("fy"))
                .collectAsList();
        assertThat(rows).extracting(r -> r.getString(0)).containsExactly("2010/11", "2011/12", "2009/10", "1999/00");
    }

    @Test
    void eachDateFallsInOneMonthAndOneFinancialYear() {
        List<Row> rows = Periods.withPeriods(Rows.of("d DATE", new Object[] {Date.valueOf("2010-11-05")}), "d")
                .orderBy("period_type").collectAsList();
        assertThat(rows).extracting(r -> r.getAs("period_type") + " " + r.getAs("period"))
                .containsExactly("FY 2010/11", "MONTH 2010-11");
    }

    @Test
    void weekdaysAreTheScheduleCodesFromMondayToSunday() {
        // 2010-11-01 was a Monday.
        Object[][] week = new Object[7][];
        for (int day = 0; day < 7; day++) {
            week[day] = new Object[] {Date.valueOf(java.time.LocalDate.of(2010, 11, 1 + day))};
        }
        List<Row> rows = Rows.of("d DATE", week).orderBy("d")
                .select(Periods.weekday(org.apache.spark.sql.functions.col("d")).as("weekday")).collectAsList();
        assertThat(rows).extracting(r -> r.getString(0))
                .containsExactly("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN");
    }
}
