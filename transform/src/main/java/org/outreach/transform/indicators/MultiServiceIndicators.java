package org.outreach.transform.indicators;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.outreach.transform.support.AllMembers;
import org.outreach.transform.support.Grain;
import org.outreach.transform.support.IndicatorRows;
import org.outreach.transform.support.Periods;

/**
 * clients_multi_service, per financial year, service ALL: persons (with a key) with
 * transactions in two or more of the four uptake services in the year. The row exists
 * whenever the year has transactions, with 0 if nobody qualifies (rule 18).
 */
public final class MultiServiceIndicators {

    private MultiServiceIndicators() {
    }

    public static Dataset<Row> compute(Dataset<Row> transactions) {
        Dataset<Row> years = Periods.withFinancialYear(transactions, "transaction_date");
        Dataset<Row> servicesPerPerson = years.filter(col("person_key").isNotNull())
                .groupBy(col("period"), col("person_key"))
                .agg(countDistinct(col("service")).as("services"));
        Dataset<Row> multi = servicesPerPerson.groupBy(col("period"))
                .agg(countDistinct(when(col("services").geq(2), col("person_key"))).as("clients_multi_service"));
        Dataset<Row> wide = years.select(col("period")).distinct()
                .join(multi, Grain.of("period").seq(), "left")
                .na().fill(0L, new String[] {"clients_multi_service"})
                .withColumn("service", lit(AllMembers.ALL))
                .withColumn("location_code", lit(AllMembers.ALL))
                .withColumn("topic", lit(AllMembers.ALL))
                .withColumn("partner", lit(AllMembers.ALL))
                .withColumn("period_type", lit(Periods.FY));
        return IndicatorRows.count(wide, "clients_multi_service", "clients_multi_service");
    }
}
