package org.outreach.warehouse.pack;

import org.outreach.datasets.IndicatorKind;
import org.outreach.datasets.IndicatorUnit;

/**
 * One row of indicator_definitions: what disclosure control does with an indicator, how
 * the spreadsheets show its figures, and the words the cover sheet and the tables print.
 */
record IndicatorDefinition(String indicator, String label, IndicatorKind kind, IndicatorUnit unit,
                           String definition) {
}
