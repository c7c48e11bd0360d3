package org.outreach.pipeline.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "backfill", mixinStandardHelpOptions = true, description = "Recompute a past range.")
class BackfillCommand implements Callable<Integer> {

    @Mixin
    ConfigOption config;

    @Option(names = "--from", required = true, paramLabel = "yyyy-MM-dd", description = "first day of the range")
    LocalDate from;

    @Option(names = "--to", required = true, paramLabel = "yyyy-MM-dd", description = "last day of the range")
    LocalDate to;

    @Override
    public Integer call() {
        return NotBuiltYet.say("backfill");
    }
}
