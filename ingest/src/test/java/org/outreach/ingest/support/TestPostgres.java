package org.outreach.ingest.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * A throwaway PostgreSQL database for one test class, on a real server: the one named by
 * {@code OUTREACH_TEST_POSTGRES_URL} (an admin JDBC URL, e.g.
 * {@code jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}), else a Testcontainers
 * container where Docker runs, else an embedded PostgreSQL binary. The database has a
 * random name and is dropped on close; nothing else on the server is touched.
 */
public final class TestPostgres implements AutoCloseable {

    private final String adminUrl;
    private final String database;
    private final AutoCloseable server;
    private final String username;
    private final String password;

    private TestPostgres(String adminUrl, String username, String password, AutoCloseable server) {
        this.adminUrl = adminUrl;
        this.username = username;
        this.password = password;
        this.server = server;
        this.database = "outreach_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("CREATE DATABASE " + database);
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

    /** The test database's JDBC URL. */
    public String url() {
        int query = adminUrl.indexOf('?');
        String base = query < 0 ? adminUrl : adminUrl.substring(0, query);
        String parameters = query < 0 ? "" : adminUrl.substring(query);
        return base.substring(0, base.lastIndexOf('/') + 1) + database + parameters;
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), username, password);
    }

    @Override
    public void close() throws Exception {
        try {
            execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    private void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(adminUrl, username, password);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
