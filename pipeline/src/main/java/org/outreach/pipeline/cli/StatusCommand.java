package org.outreach.pipeline.cli;

import java.util.concurrent.Callable;
import org.outreach.pipeline.config.PipelineProperties;
import org.outreach.pipeline.status.MaxAge;
import org.outreach.pipeline.status.MonitoringCheck;
import org.outreach.pipeline.status.MonitoringVerdict;
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

    @Option(names = "--check", description = "one line and a monitoring plugin's exit status: 0 OK, 1 WARNING"
            + " (published with quality warnings), 2 CRITICAL (the last run failed, or nothing published within"
            + " --max-age), 3 UNKNOWN")
    boolean check;

    @Option(names = "--max-age", defaultValue = MaxAge.DEFAULT, paramLabel = "AGE",
            description = "with --check: the oldest acceptable publication, e.g. 26h, 90m, 2d (default: ${DEFAULT-VALUE})")
    String maxAge;

    @Override
    public Integer call() {
        if (check) {
            MonitoringVerdict verdict = checkRuns();
            System.out.println(verdict.line());
            return verdict.exitCode();
        }
        new RunHistory(config.jobRepository()).print(runs, System.out);
        return 0;
    }

    /** Never exits 1 or 2 for a usage or configuration error: a monitoring system reads those as states. */
    private MonitoringVerdict checkRuns() {
        try {
            return new MonitoringCheck(config.jobRepository(), config.bind(PipelineProperties.class).warehouse())
                    .verdict(MaxAge.parse(maxAge));
        } catch (RuntimeException e) {
            return MonitoringVerdict.unknown(e.getMessage());
        }
    }
}
