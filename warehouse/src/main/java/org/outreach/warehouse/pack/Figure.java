package org.outreach.warehouse.pack;

/** A numeric cell of a spreadsheet: the exact figure, and the format it is shown in. */
record Figure(double number, NumberFormat format) {
}
