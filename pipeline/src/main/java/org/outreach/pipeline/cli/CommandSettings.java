package org.outreach.pipeline.cli;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * The configuration the nightly job's context would see (the embedded application.yml, the
 * {@code --config} file, the environment and system properties, with Spring Boot's own config
 * data processing and relaxed binding), bound without starting an application context. The
 * read-only commands need a handful of keys; a context costs them seconds (docs/benchmarks.md).
 */
final class CommandSettings {

    private final Binder binder;

    private CommandSettings(Binder binder) {
        this.binder = binder;
    }

    /** @param configFile the {@code --config} file, or null for the embedded defaults alone */
    static CommandSettings load(Path configFile) {
        StandardEnvironment environment = new StandardEnvironment();
        if (configFile != null) {
            environment.getPropertySources().addFirst(new MapPropertySource("--config", Map.of(
                    "spring.config.additional-location", ConfigOption.location(configFile))));
        }
        ConfigDataEnvironmentPostProcessor.applyTo(environment);
        return new CommandSettings(Binder.get(environment));
    }

    /** A {@code @ConfigurationProperties} record, with its defaults, as the application context would bind it. */
    <T> T bind(Class<T> properties) {
        ConfigurationProperties annotation = properties.getAnnotation(ConfigurationProperties.class);
        if (annotation == null) {
            throw new IllegalArgumentException(properties + " is not a @ConfigurationProperties type");
        }
        return binder.bindOrCreate(annotation.value(), Bindable.of(properties));
    }

    /** A group of keys under {@code prefix} into a record, e.g. the job repository's connection. */
    <T> T bind(String prefix, Class<T> type) {
        return binder.bindOrCreate(prefix, Bindable.of(type));
    }
}
