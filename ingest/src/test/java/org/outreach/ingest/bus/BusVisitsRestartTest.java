package org.outreach.ingest.bus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outreach.ingest.IngestJobTest;
import org.outreach.ingest.Steps;
import org.outreach.ingest.support.LakeReader;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A file drop that fails in the middle of a file, several chunks in, and is restarted: the
 * files committed before the failure are not taken again, the file it failed in is taken
 * again from its start, and the lake ends as a clean run leaves it.
 */
class BusVisitsRestartTest extends IngestJobTest {

    private static final String HEADER = "visit_date,location_code,status,cancel_reason,footfall,broadband,notes\n";
    /** Over two chunks of the step (5,000 records each) before the file's broken tail fails it. */
    private static final int LONG_FILE = 12_000;

    @Autowired
    private Job busExtractJob;

    @Autowired
    private JobOperator jobOperator;

    @BeforeEach
    void useTheBusJob() {
        jobs.setJob(busExtractJob);
    }

    @Test
    void aRestartTakesUpTheFileItFailedInAndLeavesTheLakeAsACleanRunWould() throws Exception {
        drop("bus/bus-visits-2010-11.csv", visits("2010-11", 30, 0));
        drop("bus/bus-visits-2010-12.csv", visits("2010-12", LONG_FILE, 7_000));
        drop("bus/bus-visits-2011-01.csv", visits("2011-01", 40, 0));

        JobExecution failed = jobs.startJob(run("r1"));

        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(Steps.named(failed, "busVisitsExtractStep").getCommitCount())
                .as("chunks of the failing file were written before it failed").isGreaterThanOrEqualTo(2);
        assertThat(Steps.named(failed, "busVisitsExtractStep").getFailureExceptions()).singleElement()
                .satisfies(e -> assertThat(e.getMessage()).contains("bus-visits-2010-12.csv")
                        .contains("6001 of 12000 records break the contract"));
        assertThat(visitsByFile()).as("only the file committed before the failure is in the lake")
                .containsExactly(Map.entry("bus-visits-2010-11.csv", 30L));
        assertThat(Files.exists(lake.resolve("raw/_ledger/bus/visits/bus-visits-2010-12.csv.sha256"))).isFalse();

        drop("bus/bus-visits-2010-12.csv", visits("2010-12", LONG_FILE, 3));
        JobExecution restarted = jobOperator.restart(failed);

        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(restarted.getJobInstance().getInstanceId()).isEqualTo(failed.getJobInstance().getInstanceId());
        assertThat(Steps.named(restarted, "busVisitsExtractStep").getExecutionContext().getString("files"))
                .isEqualTo("2 extracted, 1 unchanged");
        assertThat(Steps.named(restarted, "busVisitsExtractStep").getReadCount()).isEqualTo(LONG_FILE + 40);
        assertThat(Steps.named(restarted, "busVisitsExtractStep").getSkipCount()).isEqualTo(3);
        assertThat(visitsByFile()).as("each file once, the one it failed in whole").containsExactly(
                Map.entry("bus-visits-2010-11.csv", 30L), Map.entry("bus-visits-2010-12.csv", LONG_FILE - 3L),
                Map.entry("bus-visits-2011-01.csv", 40L));
        assertThat(LakeReader.query("SELECT count(DISTINCT (source_file, source_line)) AS n FROM read_parquet('"
                + lake.resolve("raw/bus/visits") + "/*.parquet')").get(0).get("n")).isEqualTo(LONG_FILE + 67L);
        assertThat(LakeReader.query("SELECT count(*) AS n FROM read_parquet('"
                + lake.resolve("raw/_quarantine/bus/visits") + "/*.parquet')").get(0).get("n")).isEqualTo(3L);
        try (var staged = Files.walk(lake.resolve("_staging"))) {
            assertThat(staged.filter(f -> f.toString().endsWith(".parquet"))).as("nothing left staged").isEmpty();
        }
    }

    /** Visits of a month, the last {@code broken} of them with an unknown status. */
    private static String visits(String month, int records, int broken) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < records; i++) {
            csv.append(month).append('-').append(String.format("%02d", 1 + i % 28)).append(",BUS-NECTON,")
                    .append(i >= records - broken ? "DONE" : "COMPLETED").append(",,").append(i % 40)
                    .append(",OK,\n");
        }
        return csv.toString();
    }

    private static List<Map.Entry<String, Long>> visitsByFile() throws Exception {
        return LakeReader.query("SELECT source_file, count(*) AS n FROM read_parquet('" + lake.resolve("raw/bus/visits")
                        + "/*.parquet') GROUP BY source_file ORDER BY source_file").stream()
                .map(r -> Map.entry((String) r.get("source_file"), (Long) r.get("n"))).toList();
    }
}
