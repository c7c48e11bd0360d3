package org.outreach.pipeline.config;

import java.nio.file.Path;
import org.outreach.warehouse.WarehouseLoader;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the pipeline's outputs live.
 *
 * @param home      the installation folder: holds transform/target and the demo's data
 * @param warehouse the published DuckDB file analysts read
 * @param extracts  where funder packs are written
 * @param warehouseHistory how many replaced warehouse files to keep for rollback
 * @param warehouseStorageVersion the DuckDB release whose storage format the warehouse file is
 *                  written in: that release and every later one can open it
 */
@ConfigurationProperties("outreach")
public record PipelineProperties(Path home, Path warehouse, Path extracts,
                                 @DefaultValue("3") int warehouseHistory,
                                 @DefaultValue(WarehouseLoader.DEFAULT_STORAGE_VERSION)
                                 String warehouseStorageVersion) {
}
