package org.outreach.transform.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.outreach.transform.intermediate.ClientDays;
import org.outreach.transform.intermediate.ClientYears;
import org.outreach.transform.intermediate.TransactionDays;
import org.outreach.transform.support.IndicatorLookup;
import org.outreach.transform.support.Rows;
import org.outreach.transform.support.TransactionFixtures;

/**
 * As of 2011-03-31. MIF funds ALL with 220,000 for 2009/10 and 180,000 for 2010/11; BBC
 * funds First Click with 12,000 from 2010-10-01 to 2011-09-30 (365 days), of which 182 days
 * fall in 2010/11: 12,000 x 182 / 365 = 5,983.56. In 2010/11: 4 transactions by 3 persons,
 * 1 of them First Click.
 */
class ValueForMoneyIndicatorsTest {

    private static IndicatorLookup figures;

    @BeforeAll
    static void compute() {
        var funding = Rows.declared("raw/reference/funding", "stream, service, period_start, period_end, amount_gbp",
                new Object[] {"MIF", "ALL", Date.valueOf("2009-04-01"), Date.valueOf("2010-03-31"),
                    new BigDecimal("220000.00")},
                new Object[] {"MIF", "ALL", Date.valueOf("2010-04-01"), Date.valueOf("2011-03-31"),
                    new BigDecimal("180000.00")},
                new Object[] {"BBC", "FIRST_CLICK", Date.valueOf("2010-10-01"), Date.valueOf("2011-09-30"),
                    new BigDecimal("12000.00")});
        var transactions = TransactionFixtures.complete(Rows.of("service STRING, person_key STRING, transaction_date DATE",
                new Object[] {"META", "P1", Date.valueOf("2010-06-01")},
                new Object[] {"META", "P2", Date.valueOf("2010-07-01")},
                new Object[] {"ONE_STOP_BUS", "P1", Date.valueOf("2010-08-01")},
                new Object[] {"FIRST_CLICK", "P3", Date.valueOf("2011-02-14")}));
        figures = new IndicatorLookup(ValueForMoneyIndicators.compute(funding,
                TransactionDays.of(transactions), ClientYears.of(ClientDays.of(transactions)), LocalDate.of(2011, 3, 31)));
    }

    @Test
    void fundingIsProRataByDaysUpToTheAsOfYear() {
        assertThat(figures.value("funding_gbp", "ALL", "ALL", "ALL", "FY", "2009/10")).isEqualTo(220000.0);
        assertThat(figures.value("funding_gbp", "ALL", "ALL", "ALL", "FY", "2010/11"))
                .isCloseTo(180000 + 12000.0 * 182 / 365, within(1e-6));
        assertThat(figures.value("funding_gbp", "FIRST_CLICK", "ALL", "ALL", "FY", "2010/11"))
                .isCloseTo(12000.0 * 182 / 365, within(1e-6));
        assertThat(figures.find("funding_gbp", "FIRST_CLICK", "ALL", "ALL", "ALL", "FY", "2011/12"))
                .as("after the as-of year").isNull();
        assertThat(figures.find("funding_gbp", "META", "ALL", "ALL", "ALL", "FY", "2010/11"))
                .as("no funding rows of its own").isNull();
    }

    @Test
    void costsDivideByTheYearsTransactionsAndDistinctPersons() {
        double all = 180000 + 12000.0 * 182 / 365;
        assertThat(figures.value("cost_per_transaction", "ALL", "ALL", "ALL", "FY", "2010/11"))
                .isCloseTo(all / 4, within(1e-6));
        assertThat(figures.value("cost_per_client", "ALL", "ALL", "ALL", "FY", "2010/11"))
                .isCloseTo(all / 3, within(1e-6));
        assertThat(figures.value("cost_per_client", "FIRST_CLICK", "ALL", "ALL", "FY", "2010/11"))
                .isCloseTo(12000.0 * 182 / 365, within(1e-6));
        assertThat(figures.find("cost_per_transaction", "ALL", "ALL", "ALL", "ALL", "FY", "2009/10"))
                .as("no transactions that year: absent").isNull();
    }
}
