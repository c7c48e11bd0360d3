package org.outreach.pipeline.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.outreach.pipeline.job.NightlyRun;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = "The nightly job: extract (incremental), transform, load, publish.")
class RunCommand implements Callable<Integer> {

    @Mixin
    ConfigOption config;

    @Mixin
    AsOfOption asOf;

    @Override
    public Integer call() throws Exception {
        LocalDate date = asOf.date();
        try (ConfigurableApplicationContext context = config.start()) {
            SecretFileCheck.require(context);
            JobExecution execution = context.getBean(NightlyRun.class).run(date);
            return RunOutcome.report(execution, System.out, System.err);
        }
    }
}
