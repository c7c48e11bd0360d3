package org.outreach.warehouse.pack;

import java.nio.file.Path;
import java.util.List;

/**
 * A written funder pack.
 *
 * @param folder the period's folder under the extracts root
 * @param files  the files in it: indicators.csv, indicators.csv-metadata.json, .xlsx, .ods and manifest.json
 * @param rows   indicator rows in the pack (each file's table holds them all)
 */
public record PackResult(Path folder, List<Path> files, long rows) {

    public PackResult {
        files = List.copyOf(files);
    }
}
