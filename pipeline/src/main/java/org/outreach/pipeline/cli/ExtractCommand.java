package org.outreach.pipeline.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Write the funder pack for one financial year (2010/11) or month (2010-11).")
class ExtractCommand implements Callable<Integer> {

    @Mixin
    ConfigOption config;

    @Option(names = "--period", required = true, paramLabel = "PERIOD", description = "2010/11 or 2010-11")
    String period;

    @Option(names = "--out", paramLabel = "DIR", description = "output folder (default: outreach.extracts)")
    Path out;

    @Override
    public Integer call() {
        return NotBuiltYet.say("extract");
    }
}
