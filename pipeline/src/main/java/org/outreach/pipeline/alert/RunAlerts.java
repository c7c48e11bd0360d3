package org.outreach.pipeline.alert;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.outreach.pipeline.config.PipelineProperties;
import org.outreach.pipeline.job.RunFailure;
import org.outreach.pipeline.load.WarehouseStepsConfiguration;
import org.outreach.pipeline.logs.RunLogProperties;
import org.outreach.pipeline.alert.RunAlert.FailedCheck;
import org.outreach.pipeline.alert.RunAlert.Outcome;
import org.outreach.warehouse.WarehouseQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.stereotype.Component;

/**
 * At the end of each run, alerts the operator when it failed (at any step, the quality gate
 * included) or published with quality warnings. An alert that cannot be composed or sent is
 * logged, and the run's outcome stays what it was.
 */
@Component
public class RunAlerts implements JobExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(RunAlerts.class);
    private static final String FAILED_CHECKS = "SELECT check_name, severity, failing_rows, example"
            + " FROM quality_results WHERE status = 'FAILED' ORDER BY severity, check_name";

    private final List<AlertChannel> channels;
    private final PipelineProperties pipeline;
    private final RunLogProperties logs;

    RunAlerts(List<AlertChannel> channels, PipelineProperties pipeline, RunLogProperties logs) {
        this.channels = channels;
        this.pipeline = pipeline;
        this.logs = logs;
    }

    @Override
    public void afterJob(JobExecution execution) {
        List<AlertChannel> enabled = channels.stream().filter(AlertChannel::enabled).toList();
        if (enabled.isEmpty()) {
            return;
        }
        Optional<RunAlert> alert;
        try {
            alert = compose(execution);
        } catch (RuntimeException | SQLException e) {
            log.warn("could not compose the alert for this run: {}", e.getMessage());
            return;
        }
        alert.ifPresent(a -> enabled.forEach(channel -> send(channel, a)));
    }

    private static void send(AlertChannel channel, RunAlert alert) {
        try {
            channel.send(alert);
            log.info("alert sent by {}: {}", channel.describe(), alert.subject());
        } catch (Exception e) {
            log.warn("could not send the alert by {}: {}", channel.describe(), e.getMessage());
        }
    }

    Optional<RunAlert> compose(JobExecution execution) throws SQLException {
        String runId = execution.getJobParameters().getString("runId");
        LocalDate asOf = execution.getJobParameters().getLocalDate("asOf");
        List<String> seeMore = new ArrayList<>(List.of("./outreach status [--config FILE]",
                "the run's log: " + logs.file(runId)));
        Optional<RunFailure> failure = RunFailure.of(execution);
        if (failure.isPresent()) {
            List<FailedCheck> checks = List.of();
            if (WarehouseStepsConfiguration.QUALITY_GATE_STEP.equals(failure.get().step())) {
                Path rejected = WarehouseStepsConfiguration.rejectedFile(pipeline.warehouse());
                checks = failedChecks(rejected);
                seeMore.add("the rejected warehouse, read-only: " + rejected + " (table quality_results);"
                        + " the published one is unchanged");
            } else {
                seeMore.add("./outreach run [--config FILE] --as-of " + asOf + " restarts the run at " + failure.get().step());
            }
            return Optional.of(new RunAlert(Outcome.FAILED, runId, asOf, failure.get().step(), failure.get().reason(),
                    checks, seeMore));
        }
        if (execution.getStatus() != BatchStatus.COMPLETED || !runId.equals(publishedRunId())) {
            return Optional.empty();
        }
        List<FailedCheck> warnings = failedChecks(pipeline.warehouse());
        if (warnings.isEmpty()) {
            return Optional.empty();
        }
        seeMore.add("./outreach query [--config FILE] \"" + FAILED_CHECKS + "\"");
        return Optional.of(new RunAlert(Outcome.PUBLISHED_WITH_WARNINGS, runId, asOf,
                WarehouseStepsConfiguration.QUALITY_GATE_STEP,
                "the warehouse was published; " + warnings.size() + " warning check" + (warnings.size() == 1 ? "" : "s")
                        + " did not pass", warnings, seeMore));
    }

    private String publishedRunId() throws SQLException {
        if (!Files.isRegularFile(pipeline.warehouse())) {
            return null;
        }
        return new WarehouseQuery(pipeline.warehouse()).run("SELECT run_id FROM publication").rows().stream()
                .findFirst().map(row -> String.valueOf(row.get(0))).orElse(null);
    }

    private static List<FailedCheck> failedChecks(Path warehouse) throws SQLException {
        if (!Files.isRegularFile(warehouse)) {
            return List.of();
        }
        return new WarehouseQuery(warehouse).run(FAILED_CHECKS).rows().stream()
                .map(row -> new FailedCheck(String.valueOf(row.get(0)), String.valueOf(row.get(1)),
                        ((Number) row.get(2)).longValue(), Optional.ofNullable(row.get(3)).map(String::valueOf)))
                .toList();
    }
}
