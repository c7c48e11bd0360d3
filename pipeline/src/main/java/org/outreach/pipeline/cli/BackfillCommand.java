package org.outreach.pipeline.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.outreach.ingest.support.Backfill;
import org.outreach.pipeline.job.NightlyRun;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "backfill", mixinStandardHelpOptions = true,
        description = {"Recompute a past range: a nightly run that also re-reads the databases' rows changed since"
                + " --from (whatever the watermark) and takes again the dropped files of the months from --from to"
                + " --to (whatever the ledger), then transforms, checks and publishes as usual.",
                "Use it when the sources were corrected after the nightly runs had passed them."})
class BackfillCommand implements Callable<Integer> {

    @Mixin
    ConfigOption config;

    @Option(names = "--from", required = true, paramLabel = "yyyy-MM-dd", description = "first day of the range")
    LocalDate from;

    @Option(names = "--to", required = true, paramLabel = "yyyy-MM-dd", description = "last day of the range")
    LocalDate to;

    @Mixin
    AsOfOption asOf;

    @Override
    public Integer call() throws Exception {
        LocalDate date = asOf.date();
        Backfill range = range(date);
        try (ConfigurableApplicationContext context = config.start()) {
            SecretFileCheck.require(context);
            JobExecution execution = context.getBean(NightlyRun.class).backfill(range, date);
            return RunOutcome.report(execution, System.out, System.err);
        }
    }

    private Backfill range(LocalDate asOfDate) {
        if (to.isAfter(asOfDate)) {
            throw new ConfigurationException("--to: " + to + " is after the as-of date " + asOfDate);
        }
        try {
            return new Backfill(from, to);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("--from/--to: " + e.getMessage(), e);
        }
    }
}
