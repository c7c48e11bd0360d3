package org.outreach.datasets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DatasetSchemaTest {

    @Test
    void readsTheDeclaredColumnsInOrderWithTheirDescriptions() {
        DatasetSchema schema = DatasetSchema.of("raw/crm/service_transaction");

        assertThat(schema.names()).startsWith("transaction_id", "customer_id", "occurred_at").endsWith("updated_at");
        assertThat(schema.description()).startsWith("The CRM's service transactions as extracted");
        assertThat(schema.column("is_void").type().duckDb()).isEqualTo("BOOLEAN");
        assertThat(schema.column("customer_id").description()).contains("anonymous");
    }

    @Test
    void writesSparkAndDuckDbTypeNames() {
        DatasetSchema schema = DatasetSchema.of("raw/crm/service_transaction");

        assertThat(schema.sparkDdl()).startsWith("transaction_id BIGINT, customer_id BIGINT, occurred_at TIMESTAMP_NTZ, channel STRING");
        assertThat(schema.duckDbColumns()).startsWith("transaction_id BIGINT, customer_id BIGINT, occurred_at TIMESTAMP, channel VARCHAR");
    }

    @Test
    void mapsEveryTypeOfTheVocabulary() {
        assertThat(new ColumnType("INTEGER").spark()).isEqualTo("INT");
        assertThat(new ColumnType("DECIMAL(14,2)").spark()).isEqualTo("DECIMAL(14,2)");
        assertThatThrownBy(() -> new ColumnType("TEXT")).hasMessageContaining("unknown column type TEXT");
    }

    @Test
    void namesTheMissingDatasetOrColumn() {
        assertThatThrownBy(() -> DatasetSchema.of("raw/nowhere")).hasMessageContaining("no declared dataset raw/nowhere");
        assertThatThrownBy(() -> DatasetSchema.of("raw/crm/service_transaction").column("dob"))
                .hasMessageContaining("declares no column dob");
    }

    @Test
    void aDatasetPassedThroughUnchangedTakesTheColumnsOfItsSource() {
        DatasetSchema mart = DatasetSchema.of("marts/locations");

        assertThat(mart.columns()).isEqualTo(DatasetSchema.of("raw/reference/locations").columns());
        assertThat(mart.description()).startsWith("The locations of reference/locations.csv");
    }
}
