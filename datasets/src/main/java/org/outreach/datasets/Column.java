package org.outreach.datasets;

/**
 * One declared column.
 *
 * @param nullable false where the pipeline guarantees a value (declared {@code NOT NULL})
 */
public record Column(String name, ColumnType type, boolean nullable, String description) {
}
