package org.outreach.transform.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.LocalDateTime;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.outreach.transform.intermediate.ClientDays;
import org.outreach.transform.intermediate.TransactionDays;
import org.outreach.transform.support.IndicatorLookup;
import org.outreach.transform.support.Rows;
import org.outreach.transform.support.TransactionFixtures;

/**
 * Nine transactions worked through by hand:
 * <pre>
 * id  service  location topic    time              person
 *  1  BUS      BUS-A    BENEFITS 2010-06-07 10:00  P1
 *  2  BUS      BUS-A    TAX      2010-06-07 11:00  P2
 *  3  BUS      BUS-A    BENEFITS 2010-06-07 11:30  (anonymous)
 *  4  BUS      BUS-B    BENEFITS 2010-06-09 10:00  P1
 *  5  BUS      BUS-B    HOUSING  2010-07-02 10:00  P3
 * 10  BUS      BUS-B    HOUSING  2010-07-02 10:00  P4   tie with 9: 9 is first (numeric order, not text)
 *  9  BUS      BUS-A    TAX      2010-07-02 10:00  P4
 * 11  BUS      BUS-A    BENEFITS 2011-04-01 09:00  P1   next financial year
 * 12  WORKS    VEN-C    EMPLOYM. 2010-09-14 13:00  P1   another service: new there too
 * </pre>
 */
class UptakeIndicatorsTest {

    private static final String BUS = "ONE_STOP_BUS";
    private static IndicatorLookup figures;

    @BeforeAll
    static void compute() {
        Dataset<Row> transactions = Rows.of(TransactionFixtures.COLUMNS,
                row(1, BUS, "BUS-A", "BENEFITS", "2010-06-07T10:00", "P1"),
                row(2, BUS, "BUS-A", "TAX", "2010-06-07T11:00", "P2"),
                row(3, BUS, "BUS-A", "BENEFITS", "2010-06-07T11:30", null),
                row(4, BUS, "BUS-B", "BENEFITS", "2010-06-09T10:00", "P1"),
                row(5, BUS, "BUS-B", "HOUSING", "2010-07-02T10:00", "P3"),
                row(10, BUS, "BUS-B", "HOUSING", "2010-07-02T10:00", "P4"),
                row(9, BUS, "BUS-A", "TAX", "2010-07-02T10:00", "P4"),
                row(11, BUS, "BUS-A", "BENEFITS", "2011-04-01T09:00", "P1"),
                row(12, "THETFORD_WORKS", "VEN-C", "EMPLOYMENT_SKILLS", "2010-09-14T13:00", "P1"));
        figures = new IndicatorLookup(UptakeIndicators.compute(TransactionDays.of(transactions),
                ClientDays.of(transactions)));
    }

    @Test
    void countsTransactionsAnonymousOnesAndDistinctClientsAtALocation() {
        assertThat(figures.value("transactions", BUS, "BUS-A", "ALL", "MONTH", "2010-06")).isEqualTo(3.0);
        assertThat(figures.value("anonymous_transactions", BUS, "BUS-A", "ALL", "MONTH", "2010-06")).isEqualTo(1.0);
        assertThat(figures.value("unique_clients", BUS, "BUS-A", "ALL", "MONTH", "2010-06")).isEqualTo(2.0);
        assertThat(figures.value("service_days", BUS, "BUS-A", "ALL", "MONTH", "2010-06")).isEqualTo(1.0);
        assertThat(figures.value("transactions", BUS, "BUS-A", "BENEFITS", "MONTH", "2010-06")).isEqualTo(2.0);
    }

    @Test
    void allLocationsRecountDistinctClientsInsteadOfSummingThem() {
        // P1 at BUS-A and BUS-B: 2 + 1 summed would be 3.
        assertThat(figures.value("unique_clients", BUS, "ALL", "ALL", "MONTH", "2010-06")).isEqualTo(2.0);
        assertThat(figures.value("transactions", BUS, "ALL", "ALL", "MONTH", "2010-06")).isEqualTo(4.0);
        assertThat(figures.value("service_days", BUS, "ALL", "ALL", "MONTH", "2010-06")).isEqualTo(2.0);
        assertThat(figures.value("unique_clients", BUS, "ALL", "ALL", "FY", "2010/11")).isEqualTo(4.0);
        assertThat(figures.value("transactions", BUS, "ALL", "ALL", "FY", "2010/11")).isEqualTo(7.0);
    }

    @Test
    void clientsPerServiceDayAveragesDailyDistinctPersonsAndIgnoresAnonymousOnes() {
        // 2010-06-07: P1, P2 (and an anonymous one) = 2; 2010-06-09: P1 = 1. (2 + 1) / 2 days.
        Row row = figures.find("clients_per_service_day", BUS, "ALL", "ALL", "ALL", "MONTH", "2010-06");
        assertThat(row.<Double>getAs("value")).isEqualTo(1.5);
        assertThat(row.<Double>getAs("numerator")).isEqualTo(3.0);
        assertThat(row.<Double>getAs("denominator")).isEqualTo(2.0);
        assertThat(figures.value("clients_per_service_day", BUS, "BUS-A", "ALL", "MONTH", "2010-06")).isEqualTo(2.0);
    }

    @Test
    void newClientsCountAtTheFirstTransactionsLocationTopicAndPeriodWithTiesToTheSmallestId() {
        assertThat(figures.value("new_clients", BUS, "BUS-A", "ALL", "MONTH", "2010-06")).isEqualTo(2.0);
        assertThat(figures.value("new_clients", BUS, "BUS-B", "ALL", "MONTH", "2010-06"))
                .as("P1 came first at BUS-A: the row exists with 0").isEqualTo(0.0);
        assertThat(figures.value("new_clients", BUS, "BUS-A", "TAX", "MONTH", "2010-07")).isEqualTo(1.0);
        assertThat(figures.value("new_clients", BUS, "BUS-B", "HOUSING", "MONTH", "2010-07"))
                .as("P3 only; P4's first is id 9 at BUS-A").isEqualTo(1.0);
        assertThat(figures.value("new_clients", BUS, "ALL", "ALL", "FY", "2010/11")).isEqualTo(4.0);
        assertThat(figures.value("new_clients", BUS, "BUS-A", "ALL", "FY", "2011/12")).isEqualTo(0.0);
        assertThat(figures.value("new_clients", "THETFORD_WORKS", "ALL", "ALL", "FY", "2010/11")).isEqualTo(1.0);
    }

    @Test
    void combinationsWithoutTransactionsAreAbsentAndCountsCarryNoNumerator() {
        assertThat(figures.find("transactions", BUS, "BUS-B", "TAX", "ALL", "MONTH", "2010-06")).isNull();
        assertThat(figures.find("transactions", BUS, "BUS-A", "ALL", "ALL", "MONTH", "2010-08")).isNull();
        Row count = figures.find("transactions", BUS, "BUS-A", "ALL", "ALL", "MONTH", "2010-06");
        assertThat(count.<Double>getAs("numerator")).isNull();
        assertThat(count.<Double>getAs("denominator")).isNull();
        assertThat(figures.countOf("transactions")).isEqualTo(figures.countOf("new_clients"));
    }

    private static Object[] row(long id, String service, String location, String topic, String time,
                                String person) {
        LocalDateTime occurred = LocalDateTime.parse(time);
        return new Object[] {"CRM:" + id, "CRM", Long.toString(id), service, location, topic,
            Date.valueOf(occurred.toLocalDate()), occurred, person, id};
    }
}
