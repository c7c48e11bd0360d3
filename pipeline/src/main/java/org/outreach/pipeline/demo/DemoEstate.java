package org.outreach.pipeline.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.springframework.util.FileSystemUtils;

/**
 * Generates the demo estate under {@code data/demo}: the CRM and META as embedded H2
 * databases (PostgreSQL and MariaDB modes), the partners' file drops in {@code inbox/},
 * and a person-key secret of its own. Seeded, so every demo shows the
 * same figures. The lake, warehouse and job history start empty, so the demo shows a
 * whole first run and never restarts a failed run of an older estate.
 */
public final class DemoEstate {

    public static final long SEED = 20100603L;
    /** The end of the report's year: the demo's as-of date. */
    public static final LocalDate END = LocalDate.of(2011, 3, 31);

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final Path data;

    public DemoEstate(Path data) {
        this.data = data;
    }

    public void create() throws IOException, SQLException {
        Path demo = data.resolve("demo");
        FileSystemUtils.deleteRecursively(demo.resolve("crm.mv.db"));
        FileSystemUtils.deleteRecursively(demo.resolve("meta.mv.db"));
        FileSystemUtils.deleteRecursively(demo.resolve("inbox"));
        FileSystemUtils.deleteRecursively(data.resolve("lake"));
        FileSystemUtils.deleteRecursively(data.resolve("warehouse"));
        Files.deleteIfExists(data.resolve("jobs.mv.db"));
        Files.deleteIfExists(data.resolve("jobs.trace.db"));
        Files.createDirectories(demo);
        ensureSecret(demo.resolve("person-key.secret"));
        Random random = new Random(SEED);
        List<DemoPeople.Person> people = DemoPeople.generate(450, random);
        List<DemoVisits.Visit> visits = DemoVisits.plan(random, END);
        try (Connection crm = DriverManager.getConnection(crmUrl(demo), "sa", "")) {
            new DemoCrm(random, people, visits).write(crm);
        }
        try (Connection meta = DriverManager.getConnection(metaUrl(demo), "sa", "")) {
            new DemoMeta(random, people).write(meta, END);
        }
        new DemoInbox(random, people, demo.resolve("inbox")).write(visits, END);
    }

    public static String metaUrl(Path demo) {
        return "jdbc:h2:file:" + demo.resolve("meta").toAbsolutePath() + ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE";
    }

    public static String crmUrl(Path demo) {
        return "jdbc:h2:file:" + demo.resolve("crm").toAbsolutePath() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
    }

    /**
     * Kept across demos, so person keys stay stable; never in version control (data/ is ignored).
     * Readable by its owner only, as the nightly job demands; an older demo's file is tightened.
     */
    static void ensureSecret(Path file) throws IOException {
        if (Files.isRegularFile(file)) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
            return;
        }
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        Files.writeString(file, HexFormat.of().formatHex(secret) + "\n", StandardCharsets.UTF_8);
    }
}
