package org.outreach.pipeline.status;

import javax.sql.DataSource;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.repository.support.JdbcJobRepositoryFactoryBean;
import org.springframework.boot.batch.jdbc.autoconfigure.BatchDataSourceScriptDatabaseInitializer;
import org.springframework.boot.batch.jdbc.autoconfigure.BatchJdbcProperties;
import org.springframework.jdbc.support.JdbcTransactionManager;

/**
 * The nightly job's run history (its JDBC job repository) for commands that only read it,
 * without Spring Batch's infrastructure around it: no job operator, registry or launcher.
 */
public final class JobRepositoryStore {

    private JobRepositoryStore() {
    }

    /**
     * @param dataSource the job repository's database ({@code outreach.job-repository})
     * @param batch      {@code spring.batch.jdbc.*}: the schema is initialised as the job's context
     *                   would (so a fresh install answers "no runs yet"), and the table prefix
     */
    public static JobRepository open(DataSource dataSource, BatchJdbcProperties batch) {
        new BatchDataSourceScriptDatabaseInitializer(dataSource, batch).initializeDatabase();
        JdbcJobRepositoryFactoryBean factory = new JdbcJobRepositoryFactoryBean();
        factory.setDataSource(dataSource);
        factory.setTransactionManager(new JdbcTransactionManager(dataSource));
        if (batch.getTablePrefix() != null) {
            factory.setTablePrefix(batch.getTablePrefix());
        }
        try {
            factory.afterPropertiesSet();
            return factory.getObject();
        } catch (Exception e) {
            throw new IllegalStateException("cannot open the job repository: " + e.getMessage(), e);
        }
    }
}
