package org.outreach.ingest.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outreach.ingest.IngestJobTest;
import org.outreach.ingest.Steps;
import org.outreach.ingest.support.LakeReader;
import org.outreach.ingest.support.PersonalData;
import org.outreach.ingest.support.TestMariaDb;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** metaExtractJob against a real MariaDB. */
class MetaExtractJobTest extends IngestJobTest {

    private static TestMariaDb meta;

    @Autowired
    private Job metaExtractJob;

    @BeforeAll
    static void createDatabase() {
        meta = TestMariaDb.create();
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("outreach.sources.meta.url", () -> meta.url());
        registry.add("outreach.sources.meta.username", () -> meta.username());
        registry.add("outreach.sources.meta.password", () -> meta.password());
    }

    @AfterAll
    static void dropDatabase() throws Exception {
        if (meta != null) {
            meta.close();
        }
    }

    @BeforeEach
    void givenCasesAndContacts() throws SQLException {
        jobs.setJob(metaExtractJob);
        execute("DROP TABLE IF EXISTS meta_contact", "DROP TABLE IF EXISTS meta_case");
        try (Connection connection = meta.connect()) {
            MetaExtractJobConfiguration.SOURCE_TABLES.createIn(connection);
        }
        execute("""
                INSERT INTO meta_case VALUES
                  ('MC-10-00042', 'OFF-THETFORD', '2010-06-14', '2010-09-01', 'Wiśniewski', '1979-05-05',
                   'CE123456A', 'IP24 3XY', 'PL', 'HOUSING', 'REHOUSED', '2010-09-01 16:00:00'),
                  ('MC-10-00043', 'OFF-THETFORD', '2010-06-15', NULL, 'Petrauskas', '1985-01-20', NULL,
                   'ip243ab', 'LT', 'BENEFITS', NULL, '2010-06-15 10:00:00'),
                  ('MC-10-00044', 'OFF-KINGS-LYNN', '2010-06-16', NULL, 'Ozols', NULL, NULL, NULL, 'LV',
                   'PARKING', NULL, '2010-06-16 10:00:00')""",
                """
                INSERT INTO meta_contact VALUES
                  (1, 'MC-10-00042', '2010-06-14', 'OFF-THETFORD', 30, '2010-06-14 12:00:00'),
                  (2, 'MC-10-00042', '2010-07-02', 'OFF-THETFORD', 20, '2010-07-02 12:00:00'),
                  (3, 'MC-10-00043', '2010-06-15', 'OFF-THETFORD', 45, '2010-06-15 12:00:00'),
                  (4, 'MC-10-09999', '2010-06-17', 'OFF-THETFORD', 15, '2010-06-17 12:00:00')""");
    }

    @Test
    void extractsCasesAndContactsQuarantiningUnknownIssueTypesAndOrphans() throws Exception {
        JobExecution execution = jobs.startJob(run("r1"));

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        List<Map<String, Object>> cases = LakeReader.newest(MetaDatasets.CASE, lake);
        assertThat(cases).extracting(c -> c.get("case_ref") + " " + c.get("issue_type") + " " + c.get("outcome")
                        + " " + c.get("postcode_district") + " " + c.get("age_band"))
                .containsExactly("MC-10-00042 HOUSING REHOUSED IP24 25-34", "MC-10-00043 BENEFITS null IP24 25-34");
        assertThat(cases).allSatisfy(c -> assertThat(c.get("person_key")).asString().hasSize(64));
        assertThat(LakeReader.newest(MetaDatasets.CONTACT, lake)).extracting(c -> c.get("contact_id"))
                .containsExactly(1L, 2L, 3L);
        assertThat(LakeReader.query("SELECT line_or_key, field, reason, raw_value FROM read_parquet('"
                        + lake.resolve("raw/_quarantine/meta") + "/*/*.parquet') ORDER BY line_or_key").stream()
                .map(q -> q.get("line_or_key") + " " + q.get("field") + " " + q.get("reason") + " "
                        + q.get("raw_value")).toList())
                .containsExactly("case_ref=MC-10-00044 issue_type unknown value PARKING",
                        "contact_id=4 case_ref orphan: no such case MC-10-09999");
        assertThat(Steps.named(execution, "metaContactExtractStep").getFilterCount()).isEqualTo(1);
        PersonalData.assertNoneIn(lake, "Wiśniewski", "Petrauskas", "CE123456A", "1979-05-05",
                "IP24 3XY", "ip243ab");
    }

    @Test
    void readsIncrementallyByLastModified() throws Exception {
        jobs.startJob(run("r1"));
        execute("UPDATE meta_case SET closed_on = '2010-12-20', outcome = 'BENEFIT_AWARDED',"
                + " last_modified = '2010-12-20 15:00:00' WHERE case_ref = 'MC-10-00043'");

        JobExecution second = jobs.startJob(run("r2"));

        assertThat(Steps.named(second, "metaCaseExtractStep").getExecutionContext().getString("watermark"))
                .isEqualTo("2010-09-01T16:00");
        assertThat(LakeReader.newest(MetaDatasets.CASE, lake).get(1).get("outcome")).isEqualTo("BENEFIT_AWARDED");
        assertThat(LakeReader.versions(MetaDatasets.CASE, lake)).isEqualTo(3);
    }

    private static void execute(String... statements) throws SQLException {
        try (Connection connection = meta.connect(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
