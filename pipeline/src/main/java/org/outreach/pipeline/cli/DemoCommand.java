package org.outreach.pipeline.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.outreach.ingest.config.IngestProperties;
import org.outreach.pipeline.config.PipelineProperties;
import org.outreach.pipeline.demo.DemoEstate;
import org.outreach.pipeline.job.NightlyRun;
import org.outreach.pipeline.status.QualityWarnings;
import org.outreach.warehouse.QueryFormat;
import org.outreach.warehouse.WarehouseQuery;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Generate a demo estate, run the whole nightly pipeline on it, and show the figures.")
class DemoCommand implements Callable<Integer> {

    static final String SUMMARY_SQL = """
            SELECT service, period AS financial_year,
                   max(value) FILTER (WHERE indicator = 'transactions') AS transactions,
                   max(value) FILTER (WHERE indicator = 'anonymous_transactions') AS anonymous,
                   max(value) FILTER (WHERE indicator = 'unique_clients') AS unique_clients,
                   max(value) FILTER (WHERE indicator = 'new_clients') AS new_clients,
                   max(value) FILTER (WHERE indicator = 'service_days') AS service_days,
                   round(max(value) FILTER (WHERE indicator = 'clients_per_service_day'), 2) AS clients_per_day
            FROM indicator_values
            WHERE period_type = 'FY' AND location_code = 'ALL' AND topic = 'ALL' AND partner = 'ALL'
              AND service IN ('META', 'ONE_STOP_BUS', 'THETFORD_WORKS', 'FIRST_CLICK')
            GROUP BY service, period
            ORDER BY service, period""";

    @Option(names = "--as-of", defaultValue = "2011-03-31", paramLabel = "yyyy-MM-dd",
            description = "as-of date of the demo run (default: ${DEFAULT-VALUE}, the end of the report's year)")
    LocalDate asOf;

    @Override
    public Integer call() throws Exception {
        Path home = Path.of(System.getProperty("outreach.home", ".")).toAbsolutePath().normalize();
        System.out.println("Generating the demo estate under " + home.resolve("data"));
        new DemoEstate(home.resolve("data")).create();
        try (ConfigurableApplicationContext context = new ConfigOption().start()) {
            SecretFileCheck.require(context);
            JobExecution execution = context.getBean(NightlyRun.class).run(asOf);
            int exit = RunOutcome.report(execution, System.out, System.err);
            if (exit != 0) {
                return exit;
            }
            PipelineProperties pipeline = context.getBean(PipelineProperties.class);
            IngestProperties ingest = context.getBean(IngestProperties.class);
            System.out.println();
            System.out.println("Warehouse: " + pipeline.warehouse().toAbsolutePath().normalize());
            System.out.println("Lake:      " + ingest.lake().toAbsolutePath().normalize());
            System.out.println("Extracts:  " + pipeline.extracts().toAbsolutePath().normalize());
            System.out.println();
            System.out.println("Uptake by service, financial year, every location and topic:");
            new WarehouseQuery(pipeline.warehouse()).run(SUMMARY_SQL).print(QueryFormat.TABLE, System.out);
            System.out.println();
            QualityWarnings.print(pipeline.warehouse(), System.out);
            System.out.println();
            System.out.println("Next: ./outreach query \"SELECT * FROM indicator_values LIMIT 20\"; ./outreach status");
            return 0;
        }
    }
}
