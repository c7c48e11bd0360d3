package org.outreach.transform.indicators;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.sql.Date;
import java.time.LocalDate;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.outreach.transform.marts.MetaTransactions;
import org.outreach.transform.support.AllMembers;
import org.outreach.transform.support.Grain;
import org.outreach.transform.support.IndicatorRows;
import org.outreach.transform.support.IndicatorRows.Figure;
import org.outreach.transform.support.Periods;

/**
 * META case outcomes: {@code cases_opened} by opened_on, and the closures family
 * ({@code cases_closed} and the four {@code outcome_*}) by closed_on, at the case's office
 * and the topic of its issue type (and ALL of each). A case closed after the as-of date is
 * not closed; a closed case without an outcome counts in cases_closed only (rule 17).
 */
public final class MetaCaseIndicators {

    static final Grain GRAIN = Grain.of("service", "location_code", "topic", "partner", "period_type", "period");
    private static final String[] OUTCOMES = {"REHOUSED", "SHELTERED", "RETURNED_HOME", "BENEFIT_AWARDED"};

    private MetaCaseIndicators() {
    }

    public static Dataset<Row> compute(Dataset<Row> cases, LocalDate asOf) {
        Column asOfDate = lit(Date.valueOf(asOf));
        Dataset<Row> base = cases
                .withColumn("service", lit("META"))
                .withColumn("partner", lit(AllMembers.ALL))
                .withColumn("location_code", col("office_code"))
                .withColumn("topic", MetaTransactions.topicOf(col("issue_type")));

        Dataset<Row> opened = expand(base.filter(col("opened_on").leq(asOfDate)), "opened_on")
                .groupBy(GRAIN.columns()).agg(count(lit(1)).as("cases_opened"));

        Column[] closures = new Column[OUTCOMES.length];
        for (int i = 0; i < OUTCOMES.length; i++) {
            closures[i] = sum(when(col("outcome").equalTo(OUTCOMES[i]), 1).otherwise(0)).cast("long")
                    .as("outcome_" + OUTCOMES[i].toLowerCase());
        }
        Dataset<Row> closed = expand(base.filter(col("closed_on").isNotNull().and(col("closed_on").leq(asOfDate))),
                "closed_on")
                .groupBy(GRAIN.columns()).agg(count(lit(1)).as("cases_closed"), closures);

        Figure[] closedFigures = new Figure[OUTCOMES.length + 1];
        closedFigures[0] = Figure.count("cases_closed", "cases_closed");
        for (int i = 0; i < OUTCOMES.length; i++) {
            String name = "outcome_" + OUTCOMES[i].toLowerCase();
            closedFigures[i + 1] = Figure.count(name, name);
        }
        return IndicatorRows.longForm(opened, Figure.count("cases_opened", "cases_opened"))
                .unionByName(IndicatorRows.longForm(closed, closedFigures));
    }

    private static Dataset<Row> expand(Dataset<Row> cases, String dateColumn) {
        return AllMembers.withAll(AllMembers.withAll(Periods.withPeriods(cases, dateColumn), "location_code"), "topic");
    }
}
