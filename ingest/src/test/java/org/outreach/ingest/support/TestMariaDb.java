package org.outreach.ingest.support;

import org.junit.jupiter.api.Assumptions;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.mariadb.MariaDBContainer;

/**
 * A throwaway MariaDB database for one test class, on a real server: the one named by
 * {@code OUTREACH_TEST_MARIADB_URL} (an admin JDBC URL, e.g.
 * {@code jdbc:mariadb://127.0.0.1:3306/?user=root}), else a Testcontainers container where
 * Docker runs, else the embedded server of {@link EmbeddedMariaDb}; where that cannot run
 * either, the tests are skipped, saying why.
 */
public final class TestMariaDb extends TestDatabase {

    private TestMariaDb(String adminUrl, String username, String password, AutoCloseable server) {
        super(adminUrl, username, password, server);
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
        return EmbeddedMariaDb.adminUrl()
                .map(admin -> new TestMariaDb(admin, null, null, null))
                .orElseGet(() -> {
                    Assumptions.abort("no MariaDB server: set OUTREACH_TEST_MARIADB_URL or run a Docker engine"
                            + " (the embedded one cannot run here: " + EmbeddedMariaDb.failure() + ")");
                    return null;
                });
    }

    @Override
    protected String dropStatement(String database) {
        return "DROP DATABASE IF EXISTS " + database;
    }
}
