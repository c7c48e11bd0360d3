package org.outreach.transform.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.outreach.transform.support.IndicatorLookup;
import org.outreach.transform.support.Rows;

/**
 * Four cases, as of 2011-03-31: A opened 2010-06-14 and closed 2010-09-01 REHOUSED
 * (housing); B opened 2010-06-15, open (benefits); C opened 2010-12-01, closed 2011-05-01,
 * after the as-of date, so open (homelessness, a housing topic); D opened 2011-02-01 and
 * closed 2011-03-10 without an outcome (tax).
 */
class MetaCaseIndicatorsTest {

    private static final String CASE_COLUMNS = "case_ref, office_code, opened_on, closed_on, issue_type, outcome";
    private static IndicatorLookup figures;

    @BeforeAll
    static void compute() {
        var cases = Rows.declared("raw/meta/meta_case", CASE_COLUMNS,
                row("A", "2010-06-14", "2010-09-01", "HOUSING", "REHOUSED"),
                row("B", "2010-06-15", null, "BENEFITS", null),
                row("C", "2010-12-01", "2011-05-01", "HOMELESSNESS", "SHELTERED"),
                row("D", "2011-02-01", "2011-03-10", "TAX", null));
        figures = new IndicatorLookup(MetaCaseIndicators.compute(cases, LocalDate.of(2011, 3, 31)));
    }

    @Test
    void opensCountByOpeningDateOfficeAndTopic() {
        assertThat(figures.value("cases_opened", "META", "OFF-T", "ALL", "MONTH", "2010-06")).isEqualTo(2.0);
        assertThat(figures.value("cases_opened", "META", "OFF-T", "HOUSING", "FY", "2010/11")).isEqualTo(2.0);
        assertThat(figures.value("cases_opened", "META", "ALL", "ALL", "FY", "2010/11")).isEqualTo(4.0);
    }

    @Test
    void closuresCountByClosingDateUpToTheAsOfDateWithEveryOutcomeOfTheFamily() {
        assertThat(figures.value("cases_closed", "META", "ALL", "ALL", "FY", "2010/11")).isEqualTo(2.0);
        assertThat(figures.value("outcome_rehoused", "META", "ALL", "ALL", "FY", "2010/11")).isEqualTo(1.0);
        assertThat(figures.value("outcome_sheltered", "META", "ALL", "ALL", "FY", "2010/11"))
                .as("C closed after the as-of date; the family's zero is published").isEqualTo(0.0);
        assertThat(figures.value("cases_closed", "META", "OFF-T", "TAX", "MONTH", "2011-03")).isEqualTo(1.0);
        assertThat(figures.value("outcome_benefit_awarded", "META", "OFF-T", "TAX", "MONTH", "2011-03"))
                .isEqualTo(0.0);
        assertThat(figures.find("cases_closed", "META", "ALL", "ALL", "ALL", "MONTH", "2010-06"))
                .as("no closure that month: absent").isNull();
        assertThat(figures.find("cases_closed", "META", "ALL", "ALL", "ALL", "MONTH", "2011-05")).isNull();
    }

    @Test
    void aCaseClosedInALaterFinancialYearCountsThereOnceTheAsOfDateReachesIt() {
        var cases = Rows.declared("raw/meta/meta_case", CASE_COLUMNS,
                row("C", "2010-12-01", "2011-05-01", "HOMELESSNESS", "SHELTERED"));

        var later = new IndicatorLookup(MetaCaseIndicators.compute(cases, LocalDate.of(2011, 6, 30)));

        assertThat(later.value("cases_opened", "META", "ALL", "ALL", "FY", "2010/11")).isEqualTo(1.0);
        assertThat(later.value("cases_closed", "META", "ALL", "ALL", "FY", "2011/12")).isEqualTo(1.0);
        assertThat(later.value("outcome_sheltered", "META", "OFF-T", "HOUSING", "FY", "2011/12")).isEqualTo(1.0);
        assertThat(later.find("cases_closed", "META", "ALL", "ALL", "ALL", "FY", "2010/11")).isNull();
    }

    private static Object[] row(String ref, String opened, String closed, String issue, String outcome) {
        return new Object[] {ref, "OFF-T", Date.valueOf(opened), closed == null ? null : Date.valueOf(closed), issue,
            outcome};
    }
}
