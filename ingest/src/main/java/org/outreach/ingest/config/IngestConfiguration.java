package org.outreach.ingest.config;

import org.outreach.ingest.support.PersonKeySecret;
import org.outreach.ingest.support.PersonKeys;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

@Configuration
@EnableConfigurationProperties({IngestProperties.class, SourcesProperties.class, QuarantineProperties.class})
public class IngestConfiguration {

    /** Lazy: commands that extract nothing (query, status) must not need the secret. */
    @Bean
    @Lazy
    public PersonKeys personKeys(IngestProperties properties) {
        return new PersonKeys(PersonKeySecret.load(properties.secret(), properties.secretFile()));
    }
}
