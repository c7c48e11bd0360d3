package org.outreach.ingest.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * A throwaway PostgreSQL database for one test class, on a real server: the one named by
 * {@code OUTREACH_TEST_POSTGRES_URL} (an admin JDBC URL, e.g.
 * {@code jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}), else a Testcontainers
 * container where Docker runs, else an embedded PostgreSQL binary.
 */
public final class TestPostgres extends TestDatabase {

    private TestPostgres(String adminUrl, String username, String password, AutoCloseable server) {
        super(adminUrl, username, password, server);
    }

    public static TestPostgres create() {
        String url = System.getenv("OUTREACH_TEST_POSTGRES_URL");
        if (url != null && !url.isBlank()) {
            return new TestPostgres(url, null, null, null);
        }
        if (DockerClientFactory.instance().isDockerAvailable()) {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:16-alpine");
            container.start();
            return new TestPostgres(container.getJdbcUrl(), container.getUsername(), container.getPassword(),
                    container::stop);
        }
        try {
            EmbeddedPostgres embedded = EmbeddedPostgres.builder().start();
            return new TestPostgres(embedded.getJdbcUrl("postgres", "postgres"), null, null, embedded);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start an embedded PostgreSQL", e);
        }
    }

    @Override
    protected String dropStatement(String database) {
        return "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)";
    }
}
