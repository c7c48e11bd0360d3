package org.outreach.pipeline.cli;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import org.outreach.pipeline.job.NightlyRun;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = "The nightly job: extract (incremental), transform, load, publish.")
class RunCommand implements Callable<Integer> {

    @Mixin
    ConfigOption config;

    @Option(names = "--as-of", paramLabel = "yyyy-MM-dd",
            description = "last day whose events count (default: today, Europe/London)")
    LocalDate asOf;

    @Override
    public Integer call() throws Exception {
        LocalDate date = asOf != null ? asOf : LocalDate.now(ZoneId.of("Europe/London"));
        try (ConfigurableApplicationContext context = config.start()) {
            SecretFileCheck.require(context);
            JobExecution execution = context.getBean(NightlyRun.class).run(date);
            return RunOutcome.report(execution, System.out, System.err);
        }
    }
}
