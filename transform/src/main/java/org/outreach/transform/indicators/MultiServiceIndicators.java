package org.outreach.transform.indicators;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.outreach.transform.intermediate.ClientYears;
import org.outreach.transform.intermediate.TransactionDays;
import org.outreach.transform.support.AllMembers;
import org.outreach.transform.support.Grain;
import org.outreach.transform.support.IndicatorRows;
import org.outreach.transform.support.IndicatorRows.Figure;
import org.outreach.transform.support.Periods;
import org.outreach.transform.support.ServiceBits;

/**
 * clients_multi_service, per financial year, service ALL: persons (with a key) with
 * transactions in two or more of the four uptake services in the year. The row exists
 * whenever the year has transactions, with 0 if nobody qualifies (rule 18).
 */
public final class MultiServiceIndicators {

    private MultiServiceIndicators() {
    }

    /**
     * @param transactionDays {@link TransactionDays}: which years have transactions
     * @param clientYears     {@link ClientYears}: each person's services per year
     */
    public static Dataset<Row> compute(Dataset<Row> transactionDays, Dataset<Row> clientYears) {
        Dataset<Row> years = transactionDays.select(Periods.financialYear(col("transaction_date")).as("period"))
                .distinct();
        Dataset<Row> multi = clientYears.groupBy(col("period"))
                .agg(sum(when(ServiceBits.count(col("services")).geq(2), 1L).otherwise(0L))
                        .as("clients_multi_service"));
        Dataset<Row> wide = years
                .join(multi, Grain.of("period").seq(), "left")
                .na().fill(0L, new String[] {"clients_multi_service"})
                .withColumn("service", lit(AllMembers.ALL))
                .withColumn("location_code", lit(AllMembers.ALL))
                .withColumn("topic", lit(AllMembers.ALL))
                .withColumn("partner", lit(AllMembers.ALL))
                .withColumn("period_type", lit(Periods.FY));
        return IndicatorRows.longForm(wide, Figure.count("clients_multi_service", "clients_multi_service"));
    }
}
