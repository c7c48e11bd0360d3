package org.outreach.ingest.meta;

import static org.outreach.ingest.support.ParquetSchema.column;

import java.util.List;
import org.outreach.ingest.support.LakeDataset;
import org.outreach.ingest.support.ParquetSchema;

/** META's raw datasets in the lake, and the values of their declared columns. */
public final class MetaDatasets {

    public static final LakeDataset CASE = new LakeDataset("meta/meta_case", List.of("case_ref"), "last_modified");
    public static final LakeDataset CONTACT =
            new LakeDataset("meta/meta_contact", List.of("contact_id"), "last_modified");

    static final ParquetSchema<MetaCase> CASE_COLUMNS = ParquetSchema.of("raw/" + CASE.name(),
            column("case_ref", MetaCase::caseRef),
            column("office_code", MetaCase::officeCode),
            column("opened_on", MetaCase::openedOn),
            column("closed_on", MetaCase::closedOn),
            column("person_key", MetaCase::personKey),
            column("age_band", MetaCase::ageBand),
            column("postcode_district", MetaCase::postcodeDistrict),
            column("nationality", MetaCase::nationality),
            column("issue_type", MetaCase::issueType),
            column("outcome", MetaCase::outcome),
            column("last_modified", MetaCase::lastModified));

    static final ParquetSchema<MetaContact> CONTACT_COLUMNS = ParquetSchema.of("raw/" + CONTACT.name(),
            column("contact_id", MetaContact::contactId),
            column("case_ref", MetaContact::caseRef),
            column("contact_on", MetaContact::contactOn),
            column("office_code", MetaContact::officeCode),
            column("minutes", MetaContact::minutes),
            column("last_modified", MetaContact::lastModified));

    private MetaDatasets() {
    }
}
