package org.outreach.warehouse.pack;

/** A cell showing a sheet's name that takes the reader to that sheet's cell A1. */
record SheetLink(String sheet) {
}
