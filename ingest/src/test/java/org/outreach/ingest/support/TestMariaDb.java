package org.outreach.ingest.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.mariadb.MariaDBContainer;

/**
 * A throwaway MariaDB database for one test class, on a real server: the one named by
 * {@code OUTREACH_TEST_MARIADB_URL} (an admin JDBC URL, e.g.
 * {@code jdbc:mariadb://127.0.0.1:3306/?user=root}), else a Testcontainers container where
 * Docker runs; with neither the tests are skipped, saying why. The database has a random
 * name and is dropped on close.
 */
public final class TestMariaDb implements AutoCloseable {

    private final String adminUrl;
    private final String username;
    private final String password;
    private final AutoCloseable server;
    private final String database = "outreach_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    private TestMariaDb(String adminUrl, String username, String password, AutoCloseable server) {
        this.adminUrl = adminUrl;
        this.username = username;
        this.password = password;
        this.server = server;
        execute("CREATE DATABASE " + database);
    }

    public static TestMariaDb create() {
        String url = System.getenv("OUTREACH_TEST_MARIADB_URL");
        if (url != null && !url.isBlank()) {
            return new TestMariaDb(url, null, null, null);
        }
        if (DockerClientFactory.instance().isDockerAvailable()) {
            MariaDBContainer container = new MariaDBContainer("mariadb:10.11");
            container.start();
            String admin = container.getJdbcUrl().replaceFirst("/[^/?]*(\\?|$)", "/$1");
            return new TestMariaDb(admin, "root", container.getPassword(), container::stop);
        }
        Assumptions.abort("no MariaDB server: set OUTREACH_TEST_MARIADB_URL or run a Docker engine");
        return null;
    }

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
            execute("DROP DATABASE IF EXISTS " + database);
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
