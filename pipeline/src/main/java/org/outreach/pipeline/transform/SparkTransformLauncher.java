package org.outreach.pipeline.transform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import org.outreach.pipeline.config.IndicatorProperties;
import org.outreach.pipeline.config.PipelineProperties;
import org.outreach.pipeline.config.SparkProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * Runs the Spark transform as its own JVM: Spark's dependency tree never meets Spring's,
 * and the same application jar runs under spark-submit on a cluster. The child stops with
 * this JVM (it watches its parent's pid), and a restart waits for an earlier child of the
 * same run to stop before it clears the run folder.
 */
@Component
public class SparkTransformLauncher {

    private static final Logger log = LoggerFactory.getLogger(SparkTransformLauncher.class);

    static final String MAIN_CLASS = "org.outreach.transform.TransformApplication";
    /** Written last by TransformJob; the two JVMs share this name and the launch properties below. */
    static final String SUMMARY_FILE = "_OUTREACH_SUMMARY";
    /** Held locked by the transform while it writes the run folder, with its pid inside. */
    static final String WRITER_LOCK_FILE = "_OUTREACH_WRITER";
    /** Read by the transform's ParentWatch and WriterLock. */
    static final String PARENT_PID_PROPERTY = "outreach.transform.parent-pid";
    static final String LOCK_FILE_PROPERTY = "outreach.transform.lock-file";
    /** How long a restart waits for an orphaned transform of its run to stop by itself. */
    private static final Duration EARLIER_WRITER_WAIT = Duration.ofSeconds(30);

    private final SparkProperties spark;
    private final PipelineProperties pipeline;
    private final IndicatorProperties indicators;
    private final TransformWriterGuard writerGuard = new TransformWriterGuard(EARLIER_WRITER_WAIT);
    private final AtomicReference<RunningTransform> running = new AtomicReference<>();

    public SparkTransformLauncher(SparkProperties spark, PipelineProperties pipeline, IndicatorProperties indicators) {
        this.spark = spark;
        this.pipeline = pipeline;
        this.indicators = indicators;
    }

    /**
     * Runs the transform into a fresh {@code output} folder, once no earlier transform writes
     * there, and returns its summary (rows.read, rows.written).
     */
    public Properties run(Path lake, Path output, LocalDate asOf) throws IOException,
            InterruptedException {
        writerGuard.awaitNoWriter(output.resolve(WRITER_LOCK_FILE));
        // A restarted step starts over: Spark overwrites, but a stale summary must not survive.
        FileSystemUtils.deleteRecursively(output);
        // Only the transform as built here has an archive: a configured classpath may change under us.
        ClassDataSharing.Launch sharing = configuredClasspath() ? null
                : ClassDataSharing.forBuild(buildTarget()).launch(ProcessHandle.current().pid());
        List<String> tuning = new ArrayList<>(sharing == null ? List.of() : sharing.jvmFlags());
        if (spark.master().startsWith("local")) {
            tuning.addAll(CompilerChoice.jvmFlags(lake.resolve("raw")));
        }
        List<String> command = command(lake, output, asOf, tuning);
        log.info("transform: Spark ({}) as of {} into {}", spark.master(), asOf, output);
        log.debug("transform command: {}", String.join(" ", command));
        ProcessBuilder builder = new ProcessBuilder(command);
        if (spark.master().startsWith("local")) {
            // Local mode talks to itself only; this also stops Spark's warning about the hostname.
            builder.environment().putIfAbsent("SPARK_LOCAL_IP", "127.0.0.1");
        }
        int exit = -1;
        try (RunningTransform transform = RunningTransform.start(builder)) {
            running.set(transform);
            exit = transform.waitFor();
        } finally {
            running.set(null);
            if (sharing != null) {
                sharing.finish(exit);
            }
        }
        if (exit != 0) {
            throw new TransformFailedException("the Spark transform exited with status " + exit
                    + " (its messages are above)");
        }
        Path summary = output.resolve(SUMMARY_FILE);
        if (!Files.isRegularFile(summary)) {
            throw new TransformFailedException("the Spark transform finished without writing " + summary);
        }
        Properties properties = new Properties();
        try (var reader = Files.newBufferedReader(summary)) {
            properties.load(reader);
        }
        return properties;
    }

    /** Stops the transform this launcher is running, if any (the job is being stopped). */
    public void stop() {
        RunningTransform transform = running.get();
        if (transform != null) {
            transform.stop();
        }
    }

    List<String> command(Path lake, Path output, LocalDate asOf, List<String> tuning) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmFlags());
        command.addAll(tuning);
        command.add("-Xmx" + spark.driverMemory());
        command.add("-D" + PARENT_PID_PROPERTY + "=" + ProcessHandle.current().pid());
        command.add("-D" + LOCK_FILE_PROPERTY + "=" + output.resolve(WRITER_LOCK_FILE).toAbsolutePath());
        command.add("-cp");
        command.add(classpath());
        command.add(MAIN_CLASS);
        command.addAll(List.of("--lake", lake.toAbsolutePath().toString(),
                "--output", output.toAbsolutePath().toString(),
                "--as-of", asOf.toString(),
                "--review-threshold", Double.toString(indicators.reviewThreshold()),
                "--master", spark.master()));
        return command;
    }

    private boolean configuredClasspath() {
        return spark.classpath() != null && !spark.classpath().isBlank();
    }

    private Path buildTarget() {
        return pipeline.home().resolve("transform").resolve("target").toAbsolutePath().normalize();
    }

    String classpath() {
        if (configuredClasspath()) {
            return spark.classpath();
        }
        Path target = buildTarget();
        Path jar = target.resolve("outreach-transform.jar");
        if (!Files.isRegularFile(jar)) {
            throw new TransformFailedException("the transform is not built: " + jar
                    + " is missing (run ./mvnw -DskipTests package, or set outreach.spark.classpath)");
        }
        return jar + java.io.File.pathSeparator + target.resolve("lib") + java.io.File.separator + "*";
    }

    private static List<String> jvmFlags() {
        try (InputStream in = SparkTransformLauncher.class.getResourceAsStream("/spark-jvm-flags.txt")) {
            if (in == null) {
                throw new IllegalStateException("spark-jvm-flags.txt is missing from the classpath");
            }
            String flags = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            return Arrays.stream(flags.split("\\s+")).filter(f -> !f.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
