package org.outreach.ingest.benchmark;

import java.io.BufferedWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.outreach.ingest.IngestTestApplication;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * Extracts a One Stop Bus visits file of 1,000 lines and one of 1,000,000 lines with
 * busExtractJob and prints, for each, the peak of the heap's live data during the job. A
 * sampling thread forces a full collection every 250 ms while the job runs and reads the
 * heap's occupancy right after it: what a full collection leaves is what the program
 * holds. (The occupancy before a collection, or after a young one, also counts garbage,
 * and grows with the collector's sizing and the time since the last full collection, not
 * with what the step holds.) The heap before the job, after a full collection, is the
 * Spring context's. Run it with the serial collector, whose System.gc() is a full
 * collection, and a heap smaller than a whole file in memory would need.
 * A program, not a test: {@code ./mvnw -q -pl ingest test-compile exec:exec
 * -Dexec.executable=java -Dexec.classpathScope=test
 * -Dexec.args="-Xmx512m -XX:+UseSerialGC -cp %classpath
 * org.outreach.ingest.benchmark.FileDropBenchmark"}.
 */
public final class FileDropBenchmark {

    private static final AtomicLong peakAfterGc = new AtomicLong();
    private static final AtomicLong samples = new AtomicLong();

    private FileDropBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<Long> sizes = args.length > 0 ? List.of(args).stream().map(Long::parseLong).toList()
                : List.of(1_000L, 1_000_000L, 1_000L);
        System.out.printf("%12s %10s %9s %10s %10s %10s %14s %14s %8s%n", "lines", "file MB", "took s", "read",
                "written", "quarant.", "heap before MB", "peak live MB", "samples");
        for (long lines : sizes) {
            run(lines);
        }
    }

    private static void run(long lines) throws Exception {
        Path root = Files.createTempDirectory("outreach-file-drop-benchmark-");
        try {
            Path file = Files.createDirectories(root.resolve("inbox/bus")).resolve("bus-visits-2010-11.csv");
            generate(file, lines);
            SpringApplication application = new SpringApplication(IngestTestApplication.class);
            application.setLogStartupInfo(false);
            try (ConfigurableApplicationContext context = application.run(
                    "--outreach.sources.inbox=" + root.resolve("inbox"),
                    "--outreach.reference=" + root.resolve("reference"),
                    "--outreach.lake=" + root.resolve("lake"),
                    "--outreach.secret=benchmark-secret-0123456789",
                    "--spring.datasource.url=jdbc:h2:mem:jobs-" + UUID.randomUUID(),
                    "--spring.batch.jdbc.initialize-schema=always",
                    "--spring.batch.job.enabled=false",
                    "--logging.level.root=WARN")) {
                System.gc();
                long before = heapUsed();
                peakAfterGc.set(0);
                samples.set(0);
                Thread sampler = new Thread(FileDropBenchmark::sample, "heap-sampler");
                sampler.setDaemon(true);
                long start = System.nanoTime();
                sampler.start();
                JobExecution execution = context.getBean(JobOperator.class).start(
                        context.getBean("busExtractJob", Job.class),
                        new JobParametersBuilder().addString("runId", "benchmark").toJobParameters());
                double took = (System.nanoTime() - start) / 1e9;
                sampler.interrupt();
                sampler.join();
                StepExecution step = execution.getStepExecutions().stream()
                        .filter(s -> s.getStepName().equals("busVisitsExtractStep")).findFirst().orElseThrow();
                // Quarantined: skipped by a file drop step, filtered by a step that quarantines in its processor.
                long quarantined = step.getSkipCount() + step.getFilterCount();
                if (step.getWriteCount() + quarantined != lines) {
                    throw new IllegalStateException("the job did not take the whole file: " + execution);
                }
                System.out.printf("%,12d %10.1f %9.1f %,10d %,10d %,10d %14.1f %14.1f %8d%n", lines,
                        Files.size(file) / 1e6, took, step.getReadCount(), step.getWriteCount(), quarantined,
                        before / 1e6, peakAfterGc.get() / 1e6, samples.get());
            }
        } finally {
            FileSystemUtils.deleteRecursively(root);
        }
    }

    /** Visits of November 2010, one in a thousand with an unknown status (quarantined). */
    private static void generate(Path file, long lines) throws Exception {
        String[] stops = {"BUS-NECTON", "BUS-NARBOROUGH", "BUS-THETFORD", "BUS-SAHAM-TONEY", "BUS-BEESTON"};
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("visit_date,location_code,status,cancel_reason,footfall,broadband,notes\n");
            for (long i = 0; i < lines; i++) {
                boolean cancelled = i % 50 == 7;
                out.write("2010-11-" + String.format("%02d", 1 + i % 30) + "," + stops[(int) (i % stops.length)] + ","
                        + (i % 1000 == 999 ? "DONE" : cancelled ? "CANCELLED" : "COMPLETED") + ","
                        + (cancelled ? "Driver ill" : "") + "," + (cancelled ? 0 : i % 40) + ",OK,"
                        + (i % 10 == 0 ? "\"Leaflets, \"\"Thetford Works!\"\" handed out\"" : "") + "\n");
            }
        }
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .map(MemoryPoolMXBean::getUsage).mapToLong(MemoryUsage::getUsed).sum();
    }

    /** Until interrupted: a full collection every 250 ms, then the heap's occupancy. */
    private static void sample() {
        while (!Thread.currentThread().isInterrupted()) {
            System.gc();
            peakAfterGc.accumulateAndGet(heapUsed(), Math::max);
            samples.incrementAndGet();
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                return;
            }
        }
    }
}
