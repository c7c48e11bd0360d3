package org.outreach.transform.support;

import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Finds one figure in a collected indicator_values dataset. */
public final class IndicatorLookup {

    private final List<Row> rows;

    public IndicatorLookup(Dataset<Row> indicatorValues) {
        this.rows = indicatorValues.collectAsList();
    }

    /** The row, or null when the combination is absent. */
    public Row find(String indicator, String service, String location, String topic, String partner,
                    String periodType, String period) {
        List<Row> matches = rows.stream()
                .filter(r -> r.getAs("indicator").equals(indicator) && r.getAs("service").equals(service)
                        && r.getAs("location_code").equals(location) && r.getAs("topic").equals(topic)
                        && r.getAs("partner").equals(partner) && r.getAs("period_type").equals(periodType)
                        && r.getAs("period").equals(period))
                .toList();
        if (matches.size() > 1) {
            throw new AssertionError("duplicate rows for " + indicator + " " + service + " " + location + " "
                    + topic + " " + partner + " " + period + ": " + matches);
        }
        return matches.isEmpty() ? null : matches.get(0);
    }

    public Double value(String indicator, String service, String location, String topic, String periodType,
                        String period) {
        Row row = find(indicator, service, location, topic, "ALL", periodType, period);
        return row == null ? null : row.getAs("value");
    }

    public long countOf(String indicator) {
        return rows.stream().filter(r -> Objects.equals(r.getAs("indicator"), indicator)).count();
    }

    public int size() {
        return rows.size();
    }
}
