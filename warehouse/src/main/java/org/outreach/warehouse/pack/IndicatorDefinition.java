package org.outreach.warehouse.pack;

/** One row of indicator_definitions: the text the funder pack's cover sheet shows. */
record IndicatorDefinition(String indicator, IndicatorKind kind, String definition) {
}
