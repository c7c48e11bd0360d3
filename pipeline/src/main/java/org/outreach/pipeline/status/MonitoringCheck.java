package org.outreach.pipeline.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.outreach.pipeline.job.RunFailure;
import org.outreach.pipeline.status.MonitoringVerdict.LastRun;
import org.outreach.pipeline.status.MonitoringVerdict.Published;
import org.outreach.warehouse.QueryResult;
import org.outreach.warehouse.WarehouseQuery;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;

/** Gathers what {@link MonitoringVerdict} judges: the newest run, and the published warehouse (read-only). */
public final class MonitoringCheck {

    private final JobRepository jobRepository;
    private final Path warehouse;

    public MonitoringCheck(JobRepository jobRepository, Path warehouse) {
        this.jobRepository = jobRepository;
        this.warehouse = warehouse;
    }

    public MonitoringVerdict verdict(Duration maxAge) {
        try {
            return MonitoringVerdict.of(lastRun(), published(), LocalDateTime.now(), maxAge);
        } catch (RuntimeException | SQLException e) {
            return MonitoringVerdict.unknown("cannot tell: " + e.getMessage());
        }
    }

    private Optional<LastRun> lastRun() {
        JobInstance instance = jobRepository.getLastJobInstance("nightlyJob");
        if (instance == null) {
            return Optional.empty();
        }
        JobExecution execution = jobRepository.getLastJobExecution(instance);
        if (execution == null) {
            return Optional.empty();
        }
        Optional<RunFailure> failure = execution.getStatus() == BatchStatus.FAILED
                || execution.getStatus() == BatchStatus.STOPPED ? RunFailure.of(execution) : Optional.empty();
        return Optional.of(new LastRun(execution.getJobParameters().getString("runId"), execution.getStatus().name(),
                failure.map(RunFailure::step), failure.map(RunFailure::reason)));
    }

    private Optional<Published> published() throws SQLException {
        if (!Files.isRegularFile(warehouse)) {
            return Optional.empty();
        }
        WarehouseQuery query = new WarehouseQuery(warehouse);
        QueryResult publication = query.run("SELECT run_id, CAST(as_of AS VARCHAR),"
                + " strftime(loaded_at, '%Y-%m-%dT%H:%M:%S') FROM publication");
        if (publication.rows().isEmpty()) {
            return Optional.empty();
        }
        List<Object> row = publication.rows().get(0);
        List<String> warnings = query.run("SELECT check_name FROM quality_results"
                + " WHERE status = 'FAILED' AND severity = 'WARNING' ORDER BY check_name").rows().stream()
                .map(r -> String.valueOf(r.get(0))).toList();
        return Optional.of(new Published(String.valueOf(row.get(0)), LocalDate.parse(String.valueOf(row.get(1))),
                LocalDateTime.parse(String.valueOf(row.get(2))), warnings));
    }
}
