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
 * As of 2011-06-30. P1 signs up with keystone on 2010-09-10 and starts a job through
 * keystone on 2011-05-01 (next year, but before the as-of date: counts). P2 signs up with
 * workwise on 2010-08-01 and keystone on 2010-10-01 and starts a job through workwise on
 * 2010-09-01: counts for workwise and ALL, not for keystone. P3 starts a job (keystone) on
 * 2010-09-01 and signs up on 2010-10-05: a job before sign-up does not count. An event
 * without a person key counts nowhere.
 */
class WorksIndicatorsTest {

    private static IndicatorLookup figures;

    @BeforeAll
    static void compute() {
        var events = Rows.declared("raw/works/events", "partner, person_key, event_type, event_date",
                row("keystone", "P1", "SIGNED_UP", "2010-09-10"),
                row("keystone", "P1", "JOB_START", "2011-05-01"),
                row("workwise", "P2", "SIGNED_UP", "2010-08-01"),
                row("keystone", "P2", "SIGNED_UP", "2010-10-01"),
                row("workwise", "P2", "JOB_START", "2010-09-01"),
                row("keystone", "P3", "JOB_START", "2010-09-01"),
                row("keystone", "P3", "SIGNED_UP", "2010-10-05"),
                row("keystone", null, "SIGNED_UP", "2010-10-06"));
        figures = new IndicatorLookup(WorksIndicators.compute(events, LocalDate.of(2011, 6, 30)));
    }

    @Test
    void countsDistinctPersonsPerPartnerAndRecountsThemForAll() {
        assertThat(value("participants_signed_up", "keystone", "MONTH", "2010-10")).isEqualTo(2.0);
        assertThat(value("participants_signed_up", "ALL", "FY", "2010/11")).isEqualTo(3.0);
        assertThat(value("job_starts", "keystone", "FY", "2010/11")).isEqualTo(1.0);
        assertThat(value("cvs_completed", "keystone", "FY", "2010/11")).isEqualTo(0.0);
    }

    @Test
    void jobStartRateFollowsSignUpsOfTheYearToJobsFromTheSamePartnerOrAnyForAll() {
        assertThat(rate("keystone")).satisfies(r -> {
            assertThat(r.<Double>getAs("numerator")).isEqualTo(1.0);
            assertThat(r.<Double>getAs("denominator")).isEqualTo(3.0);
        });
        assertThat(rate("workwise").<Double>getAs("value")).isEqualTo(1.0);
        assertThat(rate("ALL").<Double>getAs("value")).isEqualTo(2.0 / 3.0);
        assertThat(figures.find("job_start_rate", "THETFORD_WORKS", "ALL", "ALL", "ALL", "MONTH", "2010-10"))
                .as("financial years only").isNull();
    }

    private static Row rate(String partner) {
        return figures.find("job_start_rate", "THETFORD_WORKS", "ALL", "ALL", partner, "FY", "2010/11");
    }

    private static Double value(String indicator, String partner, String periodType, String period) {
        Row row = figures.find(indicator, "THETFORD_WORKS", "ALL", "ALL", partner, periodType, period);
        return row == null ? null : row.getAs("value");
    }

    private static Object[] row(String partner, String person, String type, String date) {
        return new Object[] {partner, person, type, Date.valueOf(date)};
    }
}
