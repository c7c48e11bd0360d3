package org.outreach.warehouse;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.outreach.warehouse.quality.QualityGate;
import org.outreach.warehouse.quality.QualityGateFailedException;
import org.outreach.warehouse.quality.QualityReport;

/** Build, check and publish, as the nightly job's steps do one after another. */
public final class TestWarehouses {

    public static final Publication PUBLICATION = new Publication("20110401T020000000", LocalDate.of(2011, 3, 31));

    private TestWarehouses() {
    }

    public static WarehouseLoader.LoadResult publish(Path runOutput, Path warehouse, Path quarantine,
                                              List<RunLogEntry> runLog, int keep) throws Exception {
        WarehouseLoader.LoadResult loaded = new WarehouseLoader().build(runOutput, warehouse, quarantine, runLog,
                PUBLICATION);
        QualityReport report = new QualityGate(400).check(loaded.building(), runOutput);
        if (report.blocksPublication()) {
            throw new QualityGateFailedException(report);
        }
        new WarehouseHistory(warehouse, keep).publish(loaded.building());
        return loaded;
    }

    public static WarehouseLoader.LoadResult publish(Path runOutput, Path warehouse) throws Exception {
        return publish(runOutput, warehouse, Path.of("no-such-quarantine"), List.of(), 3);
    }
}
