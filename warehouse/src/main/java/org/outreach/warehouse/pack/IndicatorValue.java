package org.outreach.warehouse.pack;

/** One row of indicator_values, exact; numerator and denominator are null for counts, flags and money. */
record IndicatorValue(String indicator, String service, String locationCode, String topic, String partner,
                      String periodType, String period, Double value, Double numerator, Double denominator) {

    static final String ALL = "ALL";
}
