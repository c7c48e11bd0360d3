package org.outreach.pipeline.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.outreach.pipeline.demo.DemoEstate;
import org.outreach.warehouse.WarehouseQuery;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.util.FileSystemUtils;

/**
 * The demo estate in a temporary folder, and the configuration that points a nightly run at
 * it: as Spring test properties, or as a YAML file for {@code ./outreach --config}.
 */
public final class DemoRunFixture implements AutoCloseable {

    public static final LocalDate AS_OF = DemoEstate.END;

    private final Path data;

    private DemoRunFixture(Path data) {
        this.data = data;
    }

    /** A temporary folder and the demo estate in it. */
    public static DemoRunFixture create() throws Exception {
        DemoRunFixture fixture = inTemporaryFolder();
        fixture.createEstate();
        return fixture;
    }

    /** A temporary folder for the estate: its paths are known before {@link #createEstate()}. */
    public static DemoRunFixture inTemporaryFolder() {
        try {
            return new DemoRunFixture(Files.createTempDirectory("outreach-e2e-"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void createEstate() throws Exception {
        new DemoEstate(data).create();
    }

    /** The repository's root: transform/target holds the transform the runs launch. */
    public static Path home() {
        return Path.of("").toAbsolutePath().getParent();
    }

    /** Every key a run over this estate needs, the job repository's URL aside. */
    public Map<String, String> properties() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("outreach.home", home().toString());
        properties.put("outreach.sources.crm.url", DemoEstate.crmUrl(data.resolve("demo")));
        properties.put("outreach.sources.meta.url", DemoEstate.metaUrl(data.resolve("demo")));
        properties.put("outreach.sources.inbox", data.resolve("demo/inbox").toString());
        properties.put("outreach.lake", lake().toString());
        properties.put("outreach.warehouse", warehouse().toString());
        properties.put("outreach.extracts", extracts().toString());
        properties.put("outreach.secret-file", secretFile().toString());
        return properties;
    }

    public void register(DynamicPropertyRegistry registry, String jobRepositoryUrl) {
        properties().forEach((key, value) -> registry.add(key, () -> value));
        registry.add("outreach.job-repository.url", () -> jobRepositoryUrl);
    }

    /**
     * A configuration file for {@code --config}: this estate, a job repository in an H2 file
     * beside it, and {@code extra} keys, which win.
     */
    public Path configFile(Map<String, String> extra) throws IOException {
        Map<String, String> properties = properties();
        properties.put("outreach.job-repository.url", "jdbc:h2:file:" + data.resolve("jobs"));
        properties.putAll(extra);
        // Spring Boot reads dotted keys in YAML as nested ones.
        String yaml = properties.entrySet().stream()
                .map(e -> e.getKey() + ": \"" + e.getValue().replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining("\n", "", "\n"));
        return Files.writeString(data.resolve("outreach.yml"), yaml);
    }

    public Path data() {
        return data;
    }

    public Path lake() {
        return data.resolve("lake");
    }

    public Path warehouse() {
        return data.resolve("warehouse/outreach.duckdb");
    }

    public Path extracts() {
        return data.resolve("extracts");
    }

    public Path logs() {
        return data.resolve("logs");
    }

    public Path secretFile() {
        return data.resolve("demo/person-key.secret");
    }

    public List<List<Object>> indicatorValues() throws SQLException {
        return new WarehouseQuery(warehouse()).run("SELECT * FROM indicator_values ORDER BY ALL").rows();
    }

    public Connection crm() throws SQLException {
        return DriverManager.getConnection(DemoEstate.crmUrl(data.resolve("demo")), "sa", "");
    }

    /** The CRM's customers' names, NI numbers, postcodes and dates of birth: what must never leave it. */
    public Set<String> personalValues() throws SQLException {
        Set<String> personal = new HashSet<>();
        try (Connection crm = crm(); Statement statement = crm.createStatement();
             ResultSet rows = statement.executeQuery("SELECT forename || ' ' || surname, surname, ni_number,"
                     + " postcode, CAST(date_of_birth AS VARCHAR) FROM crm.customer")) {
            while (rows.next()) {
                for (int c = 1; c <= 5; c++) {
                    String value = rows.getString(c);
                    // Shorter values (Rix, Ana) occur inside ordinary words.
                    if (value != null && value.length() >= 5) {
                        personal.add(value);
                    }
                }
            }
        }
        return personal;
    }

    @Override
    public void close() throws IOException {
        FileSystemUtils.deleteRecursively(data);
    }
}
