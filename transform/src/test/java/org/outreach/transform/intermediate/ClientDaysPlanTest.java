package org.outreach.transform.intermediate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.plans.physical.HashPartitioning;
import org.apache.spark.sql.execution.SparkPlan;
import org.apache.spark.sql.execution.columnar.InMemoryTableScanExec;
import org.apache.spark.sql.execution.exchange.ShuffleExchangeExec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.outreach.transform.SharedSpark;
import org.outreach.transform.indicators.MultiServiceIndicators;
import org.outreach.transform.indicators.UptakeIndicators;
import org.outreach.transform.indicators.ValueForMoneyIndicators;
import org.outreach.transform.marts.Persons;
import org.outreach.transform.support.Rows;
import org.outreach.transform.support.TransactionFixtures;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The physical plans of everything computed from {@link ClientDays}: the transactions are
 * shuffled by person_key once, inside ClientDays, and after that no shuffle carries a
 * person, only per-grain results. Planned as the nightly job plans on one machine (no
 * adaptive execution, whose plan is only final once run) but with several shuffle
 * partitions (with one, Spark needs no shuffle at all and the test would prove nothing).
 */
class ClientDaysPlanTest {

    private static final String PARTITIONS = "spark.sql.shuffle.partitions";
    private static final String ADAPTIVE = "spark.sql.adaptive.enabled";
    private static String partitionsBefore;
    private static String adaptiveBefore;
    private static Dataset<Row> transactionDays;
    private static Dataset<Row> clientDays;

    @BeforeAll
    static void cacheTheIntermediates() {
        SparkSession spark = SharedSpark.get();
        partitionsBefore = spark.conf().get(PARTITIONS);
        adaptiveBefore = spark.conf().get(ADAPTIVE);
        spark.conf().set(PARTITIONS, "4");
        spark.conf().set(ADAPTIVE, "false");
        List<Object[]> rows = new ArrayList<>();
        String[] services = {"META", "ONE_STOP_BUS", "FIRST_CLICK"};
        for (int i = 0; i < 60; i++) {
            LocalDateTime at = LocalDateTime.of(2010, 4, 1, 10, 0).plusDays(i * 7L);
            rows.add(new Object[] {"T:" + i, "T", Integer.toString(i), services[i % 3], "L" + i % 4, "TOPIC" + i % 2,
                Date.valueOf(at.toLocalDate()), at, i % 5 == 0 ? null : "P" + i % 7, (long) i});
        }
        Dataset<Row> transactions = Rows.of(TransactionFixtures.COLUMNS, rows.toArray(Object[][]::new));
        transactionDays = TransactionDays.of(transactions).cache();
        clientDays = ClientDays.of(transactions).cache();
    }

    @AfterAll
    static void restore() {
        clientDays.unpersist();
        transactionDays.unpersist();
        SharedSpark.get().conf().set(PARTITIONS, partitionsBefore);
        SharedSpark.get().conf().set(ADAPTIVE, adaptiveBefore);
    }

    @Test
    void clientDaysAreShuffledByPersonKeyOnce() {
        SparkPlan scan = clientDays.queryExecution().executedPlan();
        assertThat(scan).isInstanceOf(InMemoryTableScanExec.class);
        assertThat(shuffles(((InMemoryTableScanExec) scan).relation().cachedPlan())).containsExactly("person_key");
    }

    @Test
    void uptakeShufflesOnlyPerGrainResults() {
        assertThat(shuffledColumns(UptakeIndicators.compute(transactionDays, clientDays))).doesNotContain("person_key");
    }

    @Test
    void multiServiceAndValueForMoneyShuffleOnlyPerYearResults() {
        Dataset<Row> clientYears = ClientYears.of(clientDays);
        Dataset<Row> funding = Rows.declared("raw/reference/funding",
                "stream, service, period_start, period_end, amount_gbp",
                new Object[] {"MIF", "ALL", Date.valueOf("2010-04-01"), Date.valueOf("2011-03-31"),
                    new BigDecimal("1000.00")});
        assertThat(shuffledColumns(MultiServiceIndicators.compute(transactionDays, clientYears)))
                .doesNotContain("person_key");
        assertThat(shuffledColumns(ValueForMoneyIndicators.compute(funding, transactionDays, clientYears,
                LocalDate.of(2011, 3, 31)))).doesNotContain("person_key");
    }

    @Test
    void thePersonsMartNeedsNoShuffle() {
        assertThat(shuffles(Persons.mart(clientDays))).isEmpty();
    }

    /** The partitioning columns of each shuffle in the plan, outside cached relations. */
    private static List<String> shuffles(Dataset<Row> rows) {
        return shuffles(rows.queryExecution().executedPlan());
    }

    private static List<String> shuffles(SparkPlan physicalPlan) {
        List<String> keys = new ArrayList<>();
        visit(physicalPlan, plan -> {
            if (plan instanceof ShuffleExchangeExec shuffle) {
                if (shuffle.outputPartitioning() instanceof HashPartitioning hash) {
                    List<String> names = new ArrayList<>();
                    for (Expression key : CollectionConverters.asJava(hash.expressions())) {
                        CollectionConverters.asJava(key.references().toSeq()).forEach(a -> names.add(a.name()));
                    }
                    keys.add(String.join(",", names));
                } else {
                    keys.add(shuffle.outputPartitioning().toString());
                }
            }
        });
        return keys;
    }

    /** Every column any shuffle in the plan carries, outside cached relations. */
    private static List<String> shuffledColumns(Dataset<Row> rows) {
        List<String> columns = new ArrayList<>();
        visit(rows.queryExecution().executedPlan(), plan -> {
            if (plan instanceof ShuffleExchangeExec shuffle) {
                CollectionConverters.asJava(shuffle.output()).forEach(a -> columns.add(a.name()));
            }
        });
        assertThat(columns).as("the plan shuffles something").isNotEmpty();
        return columns;
    }

    private static void visit(SparkPlan plan, java.util.function.Consumer<SparkPlan> action) {
        action.accept(plan);
        CollectionConverters.asJava(plan.children()).forEach(child -> visit(child, action));
    }
}
