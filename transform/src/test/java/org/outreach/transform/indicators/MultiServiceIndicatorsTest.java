package org.outreach.transform.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import org.junit.jupiter.api.Test;
import org.outreach.transform.intermediate.ClientDays;
import org.outreach.transform.intermediate.ClientYears;
import org.outreach.transform.intermediate.TransactionDays;
import org.outreach.transform.support.IndicatorLookup;
import org.outreach.transform.support.Rows;
import org.outreach.transform.support.TransactionFixtures;

class MultiServiceIndicatorsTest {

    @Test
    void countsPersonsSeenByTwoOrMoreServicesInTheYear() {
        var transactions = TransactionFixtures.complete(Rows.of("service STRING, person_key STRING, transaction_date DATE",
                new Object[] {"META", "P1", Date.valueOf("2010-06-01")},
                new Object[] {"ONE_STOP_BUS", "P1", Date.valueOf("2011-03-01")},
                new Object[] {"META", "P2", Date.valueOf("2010-06-01")},
                new Object[] {"META", "P2", Date.valueOf("2010-07-01")},
                new Object[] {"FIRST_CLICK", null, Date.valueOf("2010-07-01")},
                new Object[] {"ONE_STOP_BUS", null, Date.valueOf("2010-07-01")},
                // P1 again next year, with one service only.
                new Object[] {"META", "P1", Date.valueOf("2011-04-01")}));

        var figures = new IndicatorLookup(MultiServiceIndicators.compute(TransactionDays.of(transactions),
                ClientYears.of(ClientDays.of(transactions))));

        assertThat(figures.value("clients_multi_service", "ALL", "ALL", "ALL", "FY", "2010/11")).isEqualTo(1.0);
        assertThat(figures.value("clients_multi_service", "ALL", "ALL", "ALL", "FY", "2011/12")).isEqualTo(0.0);
        assertThat(figures.size()).isEqualTo(2);
    }
}
