package org.outreach.ingest.meta;

import static org.outreach.ingest.support.ParquetSchema.column;

import java.util.List;
import org.outreach.ingest.support.LakeDataset;
import org.outreach.ingest.support.ParquetSchema;

/** META's raw datasets in the lake and their Parquet columns. */
public final class MetaDatasets {

    public static final LakeDataset CASE = new LakeDataset("meta/meta_case", List.of("case_ref"), "last_modified");
    public static final LakeDataset CONTACT =
            new LakeDataset("meta/meta_contact", List.of("contact_id"), "last_modified");

    static final ParquetSchema<MetaCase> CASE_COLUMNS = ParquetSchema.of(
            column("case_ref", "VARCHAR", MetaCase::caseRef),
            column("office_code", "VARCHAR", MetaCase::officeCode),
            column("opened_on", "DATE", MetaCase::openedOn),
            column("closed_on", "DATE", MetaCase::closedOn),
            column("person_key", "VARCHAR", MetaCase::personKey),
            column("age_band", "VARCHAR", MetaCase::ageBand),
            column("postcode_district", "VARCHAR", MetaCase::postcodeDistrict),
            column("nationality", "VARCHAR", MetaCase::nationality),
            column("issue_type", "VARCHAR", MetaCase::issueType),
            column("outcome", "VARCHAR", MetaCase::outcome),
            column("last_modified", "TIMESTAMP", MetaCase::lastModified));

    static final ParquetSchema<MetaContact> CONTACT_COLUMNS = ParquetSchema.of(
            column("contact_id", "BIGINT", MetaContact::contactId),
            column("case_ref", "VARCHAR", MetaContact::caseRef),
            column("contact_on", "DATE", MetaContact::contactOn),
            column("office_code", "VARCHAR", MetaContact::officeCode),
            column("minutes", "INTEGER", MetaContact::minutes),
            column("last_modified", "TIMESTAMP", MetaContact::lastModified));

    private MetaDatasets() {
    }
}
