package org.outreach.ingest.meta;


import java.util.List;
import org.outreach.ingest.support.LakeDataset;
import org.outreach.ingest.support.ParquetSchema;

/** META's raw datasets in the lake, and the values of their declared columns. */
public final class MetaDatasets {

    public static final LakeDataset CASE = new LakeDataset("meta/meta_case", List.of("case_ref"), "last_modified");
    public static final LakeDataset CONTACT =
            new LakeDataset("meta/meta_contact", List.of("contact_id"), "last_modified");

    static final ParquetSchema<MetaCase> CASE_COLUMNS = ParquetSchema.ofRecord("raw/" + CASE.name(), MetaCase.class);

    static final ParquetSchema<MetaContact> CONTACT_COLUMNS =
            ParquetSchema.ofRecord("raw/" + CONTACT.name(), MetaContact.class);

    private MetaDatasets() {
    }
}
