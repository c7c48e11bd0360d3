package org.outreach.transform.marts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.outreach.transform.staging.NewestVersion;
import org.outreach.transform.support.Rows;

class TransactionsTest {

    private static final String TRANSACTION_COLUMNS = "transaction_id, customer_id, occurred_at, channel,"
            + " location_code, service_code, is_void, updated_at";
    private static final LocalDateTime MAY = LocalDateTime.parse("2010-05-01T09:00");

    private final Dataset<Row> serviceCodes = Rows.declared("raw/reference/service_codes",
            new Object[] {"BEN-HB", "Housing Benefit", "BENEFITS"},
            new Object[] {"EMP-CV", "CV help", "EMPLOYMENT_SKILLS"});

    @Test
    void keepsOutreachChannelsNotVoidUpToTheAsOfDateKeyedByTheCustomersNewestRecord() {
        Dataset<Row> transactions = Rows.declared("raw/crm/service_transaction", TRANSACTION_COLUMNS,
                row(1, 1L, "2010-06-07T10:00", "BUS", "BUS-A", "BEN-HB", false),
                row(2, 1L, "2010-06-07T10:30", "BUS", "BUS-A", "BEN-HB", true),
                row(3, 2L, "2010-06-07T11:00", "OFFICE", "OFF-T", "BEN-HB", false),
                row(4, null, "2010-06-08T13:00", "WORKS_CLUB", "VEN-C", "ZZ-NEW", false),
                row(5, 1L, "2011-04-01T09:00", "BUS", "BUS-A", "BEN-HB", false),
                row(6, 3L, "2011-03-31T23:59", "BUS", "BUS-B", "EMP-CV", false));
        // Customer 1's NI number was recorded later: the newer record re-keys all their transactions (rule 9).
        Dataset<Row> customers = NewestVersion.of(Rows.declared("raw/crm/customer",
                "customer_id, person_key, updated_at",
                new Object[] {1L, "pd-key-of-1", MAY},
                new Object[] {1L, "ni-key-of-1", MAY.plusMonths(3)},
                new Object[] {2L, "key-of-2", MAY}), "customer_id", "updated_at");

        List<Row> mart = Transactions.fromCrm(transactions, customers, serviceCodes, LocalDate.parse("2011-03-31"))
                .orderBy("source_id_num").collectAsList();

        assertThat(mart).extracting(r -> r.getAs("transaction_key") + " " + r.getAs("service") + " "
                        + r.getAs("topic") + " " + r.getAs("person_key") + " " + r.getAs("transaction_date"))
                .containsExactly(
                        "CRM:1 ONE_STOP_BUS BENEFITS ni-key-of-1 2010-06-07",
                        "CRM:4 THETFORD_WORKS UNMAPPED null 2010-06-08",
                        "CRM:6 ONE_STOP_BUS EMPLOYMENT_SKILLS null 2011-03-31");
    }

    private static Object[] row(long id, Long customer, String occurredAt, String channel, String location,
                                String serviceCode, boolean isVoid) {
        LocalDateTime occurred = LocalDateTime.parse(occurredAt);
        return new Object[] {id, customer, occurred, channel, location, serviceCode, isVoid, occurred.plusHours(1)};
    }
}
