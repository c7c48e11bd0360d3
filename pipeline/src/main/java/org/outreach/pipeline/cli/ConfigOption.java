package org.outreach.pipeline.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.outreach.pipeline.OutreachApplication;
import org.outreach.pipeline.status.JobRepositoryStore;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.batch.jdbc.autoconfigure.BatchJdbcProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import picocli.CommandLine.Option;

/**
 * {@code --config FILE}, and what is built from it (or from the demo defaults): the Spring context
 * of the commands that run the job, or only the bound settings for those that read.
 */
public class ConfigOption {

    @Option(names = "--config", paramLabel = "FILE",
            description = "YAML configuration (Spring Boot conventions; every key may also come from the"
                    + " environment). Without it, the embedded demo defaults apply.")
    Path config;

    private CommandSettings settings;

    ConfigurableApplicationContext start() {
        return start(OutreachApplication.class);
    }

    ConfigurableApplicationContext start(Class<?> source) {
        List<String> args = new ArrayList<>();
        if (config != null) {
            args.add("--spring.config.additional-location=" + location(config));
        }
        SpringApplication application = new SpringApplication(source);
        application.setLogStartupInfo(false);
        try {
            return application.run(args.toArray(String[]::new));
        } catch (RuntimeException e) {
            throw new ConfigurationException("configuration: " + rootMessage(e), e);
        }
    }

    /** The configuration without an application context: what the read-only commands use. Read once. */
    CommandSettings settings() {
        if (settings == null) {
            try {
                settings = CommandSettings.load(config);
            } catch (ConfigurationException e) {
                throw e;
            } catch (RuntimeException e) {
                throw new ConfigurationException("configuration: " + rootMessage(e), e);
            }
        }
        return settings;
    }

    /** A {@code @ConfigurationProperties} record bound from the configuration, without a context. */
    <T> T bind(Class<T> properties) {
        try {
            return settings().bind(properties);
        } catch (ConfigurationException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ConfigurationException("configuration: " + rootMessage(e), e);
        }
    }

    /** The nightly job's run history store, opened from {@code spring.datasource} as the job's context would. */
    JobRepository jobRepository() {
        CommandSettings settings = settings();
        try {
            DataSource dataSource = settings.bind(DataSourceProperties.class).initializeDataSourceBuilder()
                    .type(SimpleDriverDataSource.class).build();
            return JobRepositoryStore.open(dataSource, settings.bind(BatchJdbcProperties.class));
        } catch (RuntimeException e) {
            throw new ConfigurationException("job repository: " + rootMessage(e), e);
        }
    }

    static String location(Path config) {
        if (!Files.isRegularFile(config)) {
            throw new ConfigurationException("--config: no such file " + config);
        }
        return "file:" + config.toAbsolutePath();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.toString() : root.getMessage();
    }
}
