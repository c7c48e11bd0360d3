package org.outreach.ingest.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A throwaway database with a random name on a real server, created from the server's admin
 * JDBC URL and dropped on close; nothing else on the server is touched.
 */
public abstract class TestDatabase implements AutoCloseable {

    private final String adminUrl;
    private final String username;
    private final String password;
    private final AutoCloseable server;
    private final String database = "outreach_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    protected TestDatabase(String adminUrl, String username, String password, AutoCloseable server) {
        this.adminUrl = adminUrl;
        this.username = username;
        this.password = password;
        this.server = server;
        execute("CREATE DATABASE " + database);
    }

    /** How this server drops a database that may still have connections. */
    protected abstract String dropStatement(String database);

    /** The test database's JDBC URL: the admin URL with the database swapped in. */
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
            execute(dropStatement(database));
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
