package org.outreach.transform.indicators;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.outreach.transform.support.DeclaredSchemas;

/** The catalogue as a dataset, so the definitions travel with the figures they define. */
public final class IndicatorDefinitions {

    /** The declared dataset (datasets module); its rows below hold its columns in their order. */
    public static final String DATASET = "indicator_definitions";

    private IndicatorDefinitions() {
    }

    public static Dataset<Row> of(SparkSession spark) {
        return spark.createDataFrame(IndicatorCatalogue.ALL.stream()
                .map(d -> RowFactory.create(d.indicator(), d.label(), d.family(), d.kind().name(), d.unit().name(),
                        d.definition()))
                .toList(), DeclaredSchemas.of(DATASET));
    }
}
