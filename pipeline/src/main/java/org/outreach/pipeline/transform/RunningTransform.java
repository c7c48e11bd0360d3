package org.outreach.pipeline.transform;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The transform child JVM while it runs. It never outlives the job that started it: stopping
 * the job, interrupting the step, or stopping this JVM (SIGTERM from systemd or Ctrl-C) stops
 * it too. Its output goes through this JVM's logging, so that it reaches the run's log file.
 */
final class RunningTransform implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RunningTransform.class);
    /** Spark's shutdown hooks get this long to stop the session before the child is killed. */
    private static final Duration STOP_GRACE = Duration.ofSeconds(10);

    private final Process process;
    private final Thread output;
    private final Thread shutdownHook;

    private RunningTransform(Process process) {
        this.process = process;
        this.output = new Thread(this::forwardOutput, "transform-output");
        this.output.setDaemon(true);
        this.output.start();
        this.shutdownHook = new Thread(this::stop, "transform-stop");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    static RunningTransform start(ProcessBuilder builder) throws IOException {
        return new RunningTransform(builder.redirectErrorStream(true).start());
    }

    long pid() {
        return process.pid();
    }

    /** Waits for the child's exit status; interrupted, stops the child first. */
    int waitFor() throws InterruptedException {
        try {
            int exit = process.waitFor();
            output.join(TimeUnit.SECONDS.toMillis(5));
            return exit;
        } catch (InterruptedException e) {
            stop();
            throw e;
        }
    }

    /** Asks the child (and anything it started) to stop, then kills what is left after a grace period. */
    void stop() {
        if (!process.isAlive()) {
            return;
        }
        log.warn("stopping the Spark transform (pid {})", process.pid());
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or about to: it stops the child
        }
    }

    private void forwardOutput() {
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                log.info("spark: {}", line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the transform's output", e);
        }
    }
}
