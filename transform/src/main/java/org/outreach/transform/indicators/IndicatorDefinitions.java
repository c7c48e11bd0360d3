package org.outreach.transform.indicators;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** The catalogue as a dataset, so the definitions travel with the figures they define. */
public final class IndicatorDefinitions {

    public static final StructType SCHEMA = new StructType()
            .add("indicator", DataTypes.StringType, false)
            .add("family", DataTypes.StringType, false)
            .add("kind", DataTypes.StringType, false)
            .add("definition", DataTypes.StringType, false)
            .add("label", DataTypes.StringType, false)
            .add("unit", DataTypes.StringType, false);

    private IndicatorDefinitions() {
    }

    public static Dataset<Row> of(SparkSession spark) {
        return spark.createDataFrame(IndicatorCatalogue.ALL.stream()
                .map(d -> RowFactory.create(d.indicator(), d.family(), d.kind().name(), d.definition(),
                        d.label(), d.unit().name()))
                .toList(), SCHEMA);
    }
}
