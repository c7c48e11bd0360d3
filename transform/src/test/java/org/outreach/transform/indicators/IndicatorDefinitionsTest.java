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

        assertThat(rows).extracting(r -> r.getString(0)).doesNotHaveDuplicates().hasSize(34)
                .contains("transactions", "clients_per_service_day", "review_flag", "job_start_rate",
                        "clients_multi_service", "funding_gbp", "cost_per_client");
        assertThat(rows).allSatisfy(r -> assertThat(r.getString(3)).isNotBlank());
        assertThat(rows).filteredOn(r -> r.getString(0).equals("review_flag"))
                .extracting(r -> r.getString(2)).containsExactly("FLAG");
        assertThat(rows).filteredOn(r -> r.getString(0).equals("mean_feedback"))
                .extracting(r -> r.getString(2)).containsExactly("MEAN");
    }
}
