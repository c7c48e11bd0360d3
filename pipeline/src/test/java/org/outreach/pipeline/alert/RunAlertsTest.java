package org.outreach.pipeline.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outreach.pipeline.config.PipelineProperties;
import org.outreach.warehouse.WarehouseLoader;
import org.outreach.pipeline.logs.RunLogProperties;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.step.StepExecution;

class RunAlertsTest {

    @TempDir
    Path data;

    private final List<RunAlert> delivered = new CopyOnWriteArrayList<>();

    @Test
    void aRunThatFailedAtAnExtractStepIsAlertedWithItsStepReasonAndRestartCommand() {
        runAlerts(recording()).afterJob(failedAt("busVisitsExtractStep",
                new IllegalStateException("bus/visits-2011-03.csv: 40 of 52 records break the contract")));

        assertThat(delivered).singleElement().satisfies(alert -> {
            assertThat(alert.outcome()).isEqualTo(RunAlert.Outcome.FAILED);
            assertThat(alert.runId()).isEqualTo("20110331T020000000");
            assertThat(alert.asOf()).isEqualTo(LocalDate.of(2011, 3, 31));
            assertThat(alert.step()).isEqualTo("busVisitsExtractStep");
            assertThat(alert.reason()).isEqualTo("bus/visits-2011-03.csv: 40 of 52 records break the contract");
            assertThat(alert.checks()).isEmpty();
            assertThat(alert.seeMore()).contains("./outreach run [--config FILE] --as-of 2011-03-31 restarts the run"
                    + " at busVisitsExtractStep", "the run's log: " + data.resolve("logs/outreach-20110331T020000000.log"));
        });
    }

    @Test
    void aChannelThatCannotSendNeitherFailsTheRunNorSilencesTheOthers() {
        AlertChannel broken = new AlertChannel() {
            @Override
            public String describe() {
                return "a mail server that is down";
            }

            @Override
            public boolean enabled() {
                return true;
            }

            @Override
            public void send(RunAlert alert) {
                throw new IllegalStateException("connection refused");
            }
        };
        JobExecution execution = failedAt("transformStep", new IllegalStateException("exit status 1"));

        runAlerts(broken, recording()).afterJob(execution);

        assertThat(delivered).hasSize(1);
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.FAILED);
    }

    @Test
    void aCompletedRunWithNothingToSayIsNotAlerted() {
        JobExecution execution = execution();
        execution.setStatus(BatchStatus.COMPLETED);

        runAlerts(recording()).afterJob(execution);

        assertThat(delivered).isEmpty();
    }

    private RunAlerts runAlerts(AlertChannel... channels) {
        return new RunAlerts(List.of(channels),
                new PipelineProperties(data, data.resolve("warehouse/outreach.duckdb"), data.resolve("extracts"), 3,
                        WarehouseLoader.DEFAULT_STORAGE_VERSION),
                new RunLogProperties(null, 30, data.resolve("lake")));
    }

    private AlertChannel recording() {
        return new AlertChannel() {
            @Override
            public String describe() {
                return "recording";
            }

            @Override
            public boolean enabled() {
                return true;
            }

            @Override
            public void send(RunAlert alert) {
                delivered.add(alert);
            }
        };
    }

    private static JobExecution failedAt(String stepName, Exception failure) {
        JobExecution execution = execution();
        StepExecution step = new StepExecution(2L, stepName, execution);
        step.setStatus(BatchStatus.FAILED);
        step.addFailureException(failure);
        execution.addStepExecution(step);
        execution.setStatus(BatchStatus.FAILED);
        return execution;
    }

    private static JobExecution execution() {
        return new JobExecution(1L, new JobInstance(1L, "nightlyJob"), new JobParametersBuilder()
                .addString("runId", "20110331T020000000").addLocalDate("asOf", LocalDate.of(2011, 3, 31))
                .toJobParameters());
    }
}
