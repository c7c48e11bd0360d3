package org.outreach.warehouse;

/** How {@code ./outreach query} prints a result. */
public enum QueryFormat {
    TABLE, CSV, JSON
}
