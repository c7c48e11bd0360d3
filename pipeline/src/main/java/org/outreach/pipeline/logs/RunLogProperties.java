package org.outreach.pipeline.logs;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where each run's log file goes.
 *
 * @param logs       the folder of {@code outreach-<run id>.log}; by default {@code logs} beside the lake
 * @param logHistory how many run logs to keep, newest first
 * @param lake       the lake, which the default folder sits beside
 */
@ConfigurationProperties("outreach")
public record RunLogProperties(Path logs, @DefaultValue("30") int logHistory, Path lake) {

    public Path folder() {
        return logs != null ? logs : lake.toAbsolutePath().normalize().resolveSibling("logs");
    }

    public Path file(String runId) {
        return folder().resolve("outreach-" + runId + ".log");
    }
}
