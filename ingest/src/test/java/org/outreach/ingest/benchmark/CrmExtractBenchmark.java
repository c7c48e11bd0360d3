package org.outreach.ingest.benchmark;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import org.outreach.ingest.IngestTestApplication;
import org.outreach.ingest.crm.CrmExtractJobConfiguration;
import org.outreach.ingest.support.TestPostgres;
import org.postgresql.PGConnection;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * Extracts N CRM transactions (default 1,000,000) from PostgreSQL to Parquet with
 * crmExtractJob and prints rows per second and peak memory, beside the time PostgreSQL's
 * own {@code COPY ... TO STDOUT} takes for the same rows, measured in the same run.
 * A program, not a test: {@code ./mvnw -q -pl ingest test-compile exec:java
 * -Dexec.classpathScope=test -Dexec.mainClass=org.outreach.ingest.benchmark.CrmExtractBenchmark}.
 */
public final class CrmExtractBenchmark {

    /** The extract's own query, read from the start of time. */
    private static final String QUERY = CrmExtractJobConfiguration.transactionQuery("crm.service_transaction",
            "crm.customer").replace("?", "TIMESTAMP '-infinity'");

    private CrmExtractBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long rows = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000L;
        Path lake = Files.createTempDirectory("outreach-benchmark-lake-");
        try (TestPostgres crm = TestPostgres.create()) {
            System.out.printf("generating %,d transactions and %,d customers in PostgreSQL...%n", rows, rows / 10);
            generate(crm, rows);

            // A CRM's rows are long committed: the first read of fresh rows would also pay for
            // setting their hint bits and loading the cache, to the advantage of whichever comes later.
            copy(crm);
            long copyStart = System.nanoTime();
            long copied = copy(crm);
            Duration copy = Duration.ofNanos(System.nanoTime() - copyStart);

            SpringApplication application = new SpringApplication(IngestTestApplication.class);
            application.setLogStartupInfo(false);
            try (ConfigurableApplicationContext context = application.run(
                    "--outreach.sources.crm.url=" + crm.url(),
                    "--outreach.sources.crm.username=" + (crm.username() == null ? "" : crm.username()),
                    "--outreach.sources.crm.password=" + (crm.password() == null ? "" : crm.password()),
                    "--outreach.sources.inbox=" + lake.resolve("inbox"),
                    "--outreach.reference=" + lake.resolve("reference"),
                    "--outreach.lake=" + lake,
                    "--outreach.secret=benchmark-secret-0123456789",
                    "--spring.datasource.url=jdbc:h2:mem:jobs-" + UUID.randomUUID(),
                    "--spring.batch.jdbc.initialize-schema=always",
                    "--spring.batch.job.enabled=false",
                    "--logging.level.root=WARN")) {
                long cpuBefore = processCpuNanos();
                long wallBefore = System.nanoTime();
                JobExecution execution = context.getBean(JobOperator.class).start(
                        context.getBean("crmExtractJob", Job.class),
                        new JobParametersBuilder().addString("runId", "benchmark").toJobParameters());
                double jobCpu = (processCpuNanos() - cpuBefore) / 1e9;
                double jobWall = (System.nanoTime() - wallBefore) / 1e9;
                StepExecution step = execution.getStepExecutions().stream()
                        .filter(s -> s.getStepName().equals("crmTransactionExtractStep")).findFirst().orElseThrow();
                StepExecution commit = execution.getStepExecutions().stream()
                        .filter(s -> s.getStepName().equals("crmLakeCommitStep")).findFirst().orElseThrow();
                Duration extract = Duration.between(step.getStartTime(), step.getEndTime());
                Duration committed = Duration.between(commit.getStartTime(), commit.getEndTime());
                Duration total = extract.plus(committed);
                System.out.printf("status                          %s%n", execution.getStatus());
                System.out.printf("rows                            %,d (COPY: %,d)%n", step.getWriteCount(), copied);
                System.out.printf("PostgreSQL COPY TO STDOUT       %6.1f s  %,10.0f rows/s%n", seconds(copy),
                        copied / seconds(copy));
                System.out.printf("crmTransactionExtractStep       %6.1f s  %,10.0f rows/s%n", seconds(extract),
                        step.getWriteCount() / seconds(extract));
                System.out.printf("  + lake commit                 %6.1f s%n", seconds(committed));
                System.out.printf("extract to the lake, in all     %6.1f s  %,10.0f rows/s  (%.0f%% of COPY's rate)%n",
                        seconds(total), step.getWriteCount() / seconds(total),
                        100.0 * (step.getWriteCount() / seconds(total)) / (copied / seconds(copy)));
                System.out.printf("job CPU / wall (this JVM)       %.1f s / %.1f s (%.0f%% of 2 cores)%n", jobCpu,
                        jobWall, 100 * jobCpu / jobWall / 2);
                System.out.printf("garbage collector               %s%n", ManagementFactory.getGarbageCollectorMXBeans()
                        .stream().map(java.lang.management.GarbageCollectorMXBean::getName).toList());
                System.out.printf("peak heap                       %,d MB%n", peakHeapMegabytes());
                System.out.printf("peak resident memory (VmHWM)    %s%n", peakResident());
            }
        } finally {
            FileSystemUtils.deleteRecursively(lake);
        }
    }

    private static long copy(TestPostgres crm) throws Exception {
        try (Connection connection = crm.connect()) {
            return connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyOut("COPY (" + QUERY + ") TO STDOUT", OutputStream.nullOutputStream());
        }
    }

    private static void generate(TestPostgres crm, long rows) throws Exception {
        try (Connection connection = crm.connect(); Statement sql = connection.createStatement()) {
            CrmExtractJobConfiguration.SOURCE_TABLES.createIn(connection);
            sql.execute("INSERT INTO crm.customer SELECT i, 'Anna', 'Nowak' || i, DATE '1950-01-01' + (i % 15000),"
                    + " NULL, 'IP24 1AA', 'PL', 'pl', TIMESTAMP '2010-05-01' + i * INTERVAL '1 second'"
                    + " FROM generate_series(1, " + rows / 10 + ") i");
            sql.execute("INSERT INTO crm.service_transaction SELECT i, CASE WHEN i % 4 = 0 THEN NULL ELSE 1 + i % "
                    + rows / 10 + " END, TIMESTAMP '2010-06-01' + i * INTERVAL '20 seconds',"
                    + " (ARRAY['BUS','WORKS_CLUB','OFFICE','PHONE','WEB'])[1 + i % 5],"
                    + " CASE WHEN i % 5 < 3 THEN 'BUS-MATTISHALL' END, 'BEN-HB', 'RESOLVED', 'SC01', i % 50 = 0,"
                    + " TIMESTAMP '2010-06-01' + i * INTERVAL '20 seconds' + INTERVAL '1 hour'"
                    + " FROM generate_series(1, " + rows + ") i");
            sql.execute("VACUUM (ANALYZE)");
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }

    private static long peakHeapMegabytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024 * 1024);
    }

    private static String peakResident() throws Exception {
        return Files.readAllLines(Path.of("/proc/self/status")).stream()
                .filter(line -> line.startsWith("VmHWM")).map(line -> line.substring(6).strip()).findFirst()
                .orElse("unknown");
    }
}
