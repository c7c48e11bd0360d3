package org.outreach.pipeline.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.outreach.pipeline.config.FunderPackProperties;
import org.outreach.pipeline.config.PipelineProperties;
import org.outreach.warehouse.pack.DisclosurePolicy;
import org.outreach.warehouse.pack.FunderPack;
import org.outreach.warehouse.pack.NoFiguresException;
import org.outreach.warehouse.pack.PackResult;
import org.outreach.warehouse.pack.Period;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Write the funder pack for one financial year (2010/11) or month (2010-11) from the published"
                + " warehouse: indicators.csv (and its CSV on the Web metadata), .xlsx, .ods and manifest.json,"
                + " with disclosure control.")
class ExtractCommand implements Callable<Integer> {

    @Mixin
    ConfigOption config;

    @Option(names = "--period", required = true, paramLabel = "PERIOD", description = "2010/11 or 2010-11")
    String period;

    @Option(names = "--out", paramLabel = "DIR", description = "output folder (default: outreach.extracts)")
    Path out;

    @Override
    public Integer call() {
        Period parsed = parsePeriod(period);
        // A pack reads the published warehouse and nothing else: no context.
        PipelineProperties pipeline = config.bind(PipelineProperties.class);
        FunderPackProperties packs = config.bind(FunderPackProperties.class);
        try {
            FunderPack pack = new FunderPack(disclosure(packs), packs.contact());
            PackResult result = pack.write(pipeline.warehouse(), parsed, out == null ? pipeline.extracts() : out);
            System.out.println("funder pack " + parsed + ": " + result.rows() + " rows in " + result.folder());
            result.files().forEach(file -> System.out.println("  " + file.getFileName()));
            return 0;
        } catch (ConfigurationException e) {
            throw e;
        } catch (NoFiguresException e) {
            throw new ConfigurationException("--period: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            System.err.println("outreach extract: " + e.getMessage());
            return 1;
        }
    }

    private static Period parsePeriod(String period) {
        try {
            return Period.parse(period);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("--period: " + e.getMessage(), e);
        }
    }

    private static DisclosurePolicy disclosure(FunderPackProperties packs) {
        try {
            return packs.disclosure().toPolicy();
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("outreach.funder-pack.disclosure: " + e.getMessage(), e);
        }
    }
}
