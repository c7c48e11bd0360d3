package org.outreach.transform.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.outreach.transform.SharedSpark;

class IndicatorDefinitionsTest {

    @Test
    void everyIndicatorOfTheSpecHasOneDefinitionAndAKind() {
        List<Row> rows = IndicatorDefinitions.of(SharedSpark.get()).orderBy("indicator").collectAsList();

        assertThat(rows).extracting(r -> r.<String>getAs("indicator")).doesNotHaveDuplicates().hasSize(34)
                .contains("transactions", "clients_per_service_day", "review_flag", "job_start_rate",
                        "clients_multi_service", "funding_gbp", "cost_per_client");
        assertThat(rows).allSatisfy(r -> assertThat(r.<String>getAs("definition")).isNotBlank());
        assertThat(rows).filteredOn(r -> r.getAs("indicator").equals("review_flag"))
                .extracting(r -> r.<String>getAs("kind")).containsExactly("FLAG");
        assertThat(rows).filteredOn(r -> r.getAs("indicator").equals("mean_feedback"))
                .extracting(r -> r.<String>getAs("kind")).containsExactly("MEAN");
    }

    @Test
    void everyIndicatorHasALabelAndAUnitThatRefinesItsKind() {
        List<Row> rows = IndicatorDefinitions.of(SharedSpark.get()).collectAsList();

        assertThat(rows).allSatisfy(r -> assertThat(r.<String>getAs("label")).isNotBlank());
        assertThat(rows).extracting(r -> r.<String>getAs("label")).doesNotHaveDuplicates();
        assertThat(rows).filteredOn(r -> r.getAs("indicator").equals("attendance_rate"))
                .extracting(r -> r.<String>getAs("unit")).containsExactly("PROPORTION");
        assertThat(rows).filteredOn(r -> r.getAs("indicator").equals("transactions_per_visit"))
                .extracting(r -> r.<String>getAs("unit")).containsExactly("AVERAGE");
        assertThat(rows).filteredOn(r -> r.getAs("indicator").equals("cost_per_client"))
                .extracting(r -> r.<String>getAs("unit")).containsExactly("POUNDS");
        assertThat(rows).filteredOn(r -> r.getAs("kind").equals("COUNT"))
                .extracting(r -> r.<String>getAs("unit")).containsOnly("COUNT");
    }
}
