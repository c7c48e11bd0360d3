package org.outreach.pipeline.logs;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.FileAppender;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.outreach.pipeline.job.PrivateFolders;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Each run also logs to {@code <logs>/outreach-<run id>.log}: whatever reaches the console
 * from the job's start to its end, the Spark child's output included. A restarted run appends
 * to its run's file. Only the newest {@code outreach.log-history} files are kept.
 */
@Component
public class RunLogFile implements JobExecutionListener {

    private static final org.slf4j.Logger log = LoggerFactory.getLogger(RunLogFile.class);
    private static final String PATTERN = "%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level %logger{0} - %msg%n";
    private static final String PREFIX = "outreach-";

    private final RunLogProperties properties;
    private FileAppender<ILoggingEvent> appender;

    public RunLogFile(RunLogProperties properties) {
        this.properties = properties;
    }

    @Override
    public void beforeJob(JobExecution execution) {
        String runId = execution.getJobParameters().getString("runId");
        Path file = properties.file(runId);
        PrivateFolders.create(file.getParent());
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();
        appender = new FileAppender<>();
        appender.setContext(context);
        appender.setName("run-" + runId);
        appender.setFile(file.toString());
        appender.setAppend(true);
        appender.setEncoder(encoder);
        appender.start();
        root(context).addAppender(appender);
        log.info("run {} logs to {}", runId, file);
    }

    @Override
    public void afterJob(JobExecution execution) {
        if (appender != null) {
            root((LoggerContext) LoggerFactory.getILoggerFactory()).detachAppender(appender);
            appender.stop();
            appender = null;
        }
        prune(properties.folder(), properties.logHistory());
    }

    /** Deletes all but the newest {@code keep} run logs (run ids sort by time). */
    static void prune(Path folder, int keep) {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> logs = files.filter(f -> f.getFileName().toString().startsWith(PREFIX)
                            && f.getFileName().toString().endsWith(".log"))
                    .sorted().toList();
            for (Path old : logs.subList(0, Math.max(0, logs.size() - keep))) {
                Files.deleteIfExists(old);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prune the run logs in " + folder, e);
        }
    }

    private static Logger root(LoggerContext context) {
        return context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }
}
