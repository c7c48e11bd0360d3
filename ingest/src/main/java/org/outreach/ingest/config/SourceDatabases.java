package org.outreach.ingest.config;

import java.util.Properties;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.stereotype.Component;

/**
 * Connections to the source systems. Deliberately not DataSource beans: the job
 * repository's DataSource stays the application's only one.
 */
@Component
public class SourceDatabases {

    private final SourcesProperties sources;

    public SourceDatabases(SourcesProperties sources) {
        this.sources = sources;
    }

    public DataSource crm() {
        return open("outreach.sources.crm", sources.crm());
    }

    public DataSource meta() {
        return open("outreach.sources.meta", sources.meta());
    }

    private static DataSource open(String key, SourcesProperties.DatabaseSource source) {
        if (source == null || source.url() == null || source.url().isBlank()) {
            throw new IllegalStateException(key + ".url is not set");
        }
        DriverManagerDataSource dataSource = new DriverManagerDataSource(source.url(), source.username(),
                source.password());
        if (source.url().startsWith("jdbc:postgresql:")) {
            // Binary transfer from the first execution: timestamps and numbers need no text parsing.
            Properties properties = new Properties();
            properties.setProperty("prepareThreshold", "-1");
            dataSource.setConnectionProperties(properties);
        }
        return dataSource;
    }
}
