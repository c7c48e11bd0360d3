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
 * As of 2011-03-31. NCU: completed, declined, pending, and one completed only on 2011-04-12
 * (still pending at the as-of date). FIRE: no contact.
 */
class ReferralIndicatorsTest {

    private static IndicatorLookup figures;

    @BeforeAll
    static void compute() {
        var referrals = Rows.declared("raw/referrals/referrals",
                "partner, referral_id, referred_on, outcome, outcome_on",
                row("NCU", "N1", "2011-03-02", "COMPLETED", "2011-03-09"),
                row("NCU", "N2", "2011-03-03", "DECLINED", "2011-03-10"),
                row("NCU", "N3", "2011-03-04", null, null),
                row("NCU", "N4", "2011-03-25", "COMPLETED", "2011-04-12"),
                row("FIRE", "F1", "2011-03-05", "NO_CONTACT", "2011-03-20"));
        figures = new IndicatorLookup(ReferralIndicators.compute(referrals, LocalDate.of(2011, 3, 31)));
    }

    @Test
    void conversionLeavesPendingReferralsOut() {
        assertThat(value("referrals", "NCU")).isEqualTo(4.0);
        Row ncu = figures.find("referral_conversion_rate", "REFERRALS", "ALL", "ALL", "NCU", "MONTH", "2011-03");
        assertThat(ncu.<Double>getAs("numerator")).isEqualTo(1.0);
        assertThat(ncu.<Double>getAs("denominator")).isEqualTo(2.0);
        assertThat(value("referral_conversion_rate", "FIRE")).isEqualTo(0.0);
        assertThat(value("referrals", "ALL")).isEqualTo(5.0);
        assertThat(value("referral_conversion_rate", "ALL")).isEqualTo(1.0 / 3.0);
    }

    private static Double value(String indicator, String partner) {
        Row row = figures.find(indicator, "REFERRALS", "ALL", "ALL", partner, "MONTH", "2011-03");
        return row == null ? null : row.getAs("value");
    }

    private static Object[] row(String partner, String id, String on, String outcome, String outcomeOn) {
        return new Object[] {partner, id, Date.valueOf(on), outcome, outcomeOn == null ? null : Date.valueOf(outcomeOn)};
    }
}
