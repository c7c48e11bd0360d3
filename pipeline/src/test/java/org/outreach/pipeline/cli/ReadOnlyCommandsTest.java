package org.outreach.pipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outreach.pipeline.config.FunderPackProperties;
import org.outreach.pipeline.config.PipelineProperties;
import org.outreach.pipeline.status.JobRepositoryStore;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.boot.batch.jdbc.autoconfigure.BatchJdbcProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.sql.init.DatabaseInitializationMode;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/** query, status, extract and rollback read their settings without an application context, the same settings. */
class ReadOnlyCommandsTest {

    @TempDir
    Path folder;

    @Configuration
    @EnableConfigurationProperties({PipelineProperties.class, FunderPackProperties.class})
    static class SettingsOnly {
    }

    @Test
    void bindsTheSameSettingsAsTheApplicationContextFromTheDefaultsAndAConfigFile() throws Exception {
        Path config = Files.writeString(folder.resolve("outreach.yml"), """
                outreach:
                  warehouse: %s/elsewhere/outreach.duckdb
                  warehouse-history: 7
                  funder-pack:
                    disclosure: { policy: ten-five }
                """.formatted(folder));
        ConfigOption option = new ConfigOption();
        option.config = config;

        PipelineProperties bound = option.bind(PipelineProperties.class);

        try (ConfigurableApplicationContext context = option.start(SettingsOnly.class)) {
            assertThat(bound).isEqualTo(context.getBean(PipelineProperties.class));
            assertThat(option.bind(FunderPackProperties.class)).isEqualTo(context.getBean(FunderPackProperties.class));
        }
        assertThat(bound.warehouse()).isEqualTo(folder.resolve("elsewhere/outreach.duckdb"));
        assertThat(bound.warehouseHistory()).isEqualTo(7);
        assertThat(bound.extracts()).as("a default of application.yml, its ${outreach.home} resolved")
                .isEqualTo(Path.of("data/extracts"));
        assertThat(bound.warehouseStorageVersion()).isEqualTo("v1.2.0");
    }

    @Test
    void statusOnAFreshJobRepositorySaysThereAreNoRunsYet() throws Exception {
        Path config = jobRepositoryConfig();

        String printed = printed(() -> OutreachCommand.execute("status", "--config", config.toString()));

        assertThat(printed).contains("No runs yet");
    }

    @Test
    void statusReadsTheRunsTheJobRepositoryHolds() throws Exception {
        Path config = jobRepositoryConfig();
        BatchJdbcProperties batch = new BatchJdbcProperties();
        batch.setInitializeSchema(DatabaseInitializationMode.ALWAYS);
        JobRepository repository = JobRepositoryStore.open(dataSource(), batch);
        JobParameters parameters = new JobParametersBuilder().addString("runId", "20110401T020000000")
                .addLocalDate("asOf", LocalDate.of(2011, 3, 31)).toJobParameters();
        JobInstance instance = repository.createJobInstance("nightlyJob", parameters);
        JobExecution execution = repository.createJobExecution(instance, parameters, new ExecutionContext());
        repository.createStepExecution("crmTransactionExtractStep", execution);

        String printed = printed(() -> OutreachCommand.execute("status", "--config", config.toString()));

        assertThat(printed).contains("run 20110401T020000000  as of 2011-03-31").contains("crmTransactionExtractStep");
    }

    private Path jobRepositoryConfig() throws Exception {
        return Files.writeString(folder.resolve("outreach.yml"),
                "outreach:\n  job-repository: { url: \"" + jobsUrl() + "\" }\n");
    }

    private String jobsUrl() {
        return "jdbc:h2:file:" + folder.resolve("jobs");
    }

    private SimpleDriverDataSource dataSource() {
        return new SimpleDriverDataSource(new org.h2.Driver(), jobsUrl(), "sa", "");
    }

    private static String printed(java.util.concurrent.Callable<Integer> command) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream console = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            assertThat(command.call()).isZero();
        } finally {
            System.setOut(console);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
