package org.outreach.warehouse.pack;

import java.util.List;

/** The spreadsheets' sheets in order: the cover, then the tables (contents, notes, one per service). */
record PackWorkbook(CoverSheet cover, List<TableSheet> tables) {

    PackWorkbook {
        tables = List.copyOf(tables);
    }
}
