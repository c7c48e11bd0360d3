package org.outreach.ingest.meta;

/** A contact as read, with whether its case exists in the case system; only the contact is written. */
record MetaContactRow(MetaContact contact, boolean caseExists) {
}
