package org.outreach.pipeline.cli;

import java.util.concurrent.Callable;
import org.outreach.pipeline.status.RunHistory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Recent runs: when, which steps, rows in and out, quarantined.")
class StatusCommand implements Callable<Integer> {

    @Mixin
    ConfigOption config;

    @Option(names = "--runs", defaultValue = "5", description = "how many recent runs (default: ${DEFAULT-VALUE})")
    int runs;

    @Override
    public Integer call() {
        new RunHistory(config.jobRepository()).print(runs, System.out);
        return 0;
    }
}
