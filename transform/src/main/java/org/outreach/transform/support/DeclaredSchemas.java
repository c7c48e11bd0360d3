package org.outreach.transform.support;

import org.apache.spark.sql.types.StructType;
import org.outreach.datasets.DatasetSchema;

/** Spark's view of the datasets declared once in the datasets module. */
public final class DeclaredSchemas {

    private DeclaredSchemas() {
    }

    /** The Spark schema of the dataset declared as e.g. {@code raw/crm/service_transaction}. */
    public static StructType of(String dataset) {
        return StructType.fromDDL(DatasetSchema.of(dataset).sparkDdl());
    }
}
