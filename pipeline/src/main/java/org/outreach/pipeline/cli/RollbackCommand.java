package org.outreach.pipeline.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.outreach.pipeline.config.PipelineProperties;
import org.outreach.warehouse.WarehouseHistory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "rollback", mixinStandardHelpOptions = true,
        description = "List the warehouse files kept from earlier runs, or publish one of them again.")
class RollbackCommand implements Callable<Integer> {

    @Mixin
    ConfigOption config;

    @Option(names = "--to", paramLabel = "NAME", description = "the kept file to publish again (see the list)")
    String to;

    @Override
    public Integer call() throws Exception {
        PipelineProperties pipeline = config.bind(PipelineProperties.class);
        WarehouseHistory history = new WarehouseHistory(pipeline.warehouse(), pipeline.warehouseHistory());
        if (to == null) {
            List<Path> kept = history.list();
            System.out.println(kept.isEmpty() ? "No earlier warehouse files are kept." : "Kept, oldest first:");
            kept.forEach(file -> System.out.println("  " + file.getFileName()));
            return 0;
        }
        try {
            history.restore(to);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("--to: " + e.getMessage(), e);
        }
        System.out.println("Published " + to + " again as " + pipeline.warehouse());
        return 0;
    }
}
