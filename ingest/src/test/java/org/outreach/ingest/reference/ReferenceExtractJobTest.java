package org.outreach.ingest.reference;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outreach.ingest.IngestJobTest;
import org.outreach.ingest.Steps;
import org.outreach.ingest.support.LakeReader;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;

class ReferenceExtractJobTest extends IngestJobTest {

    @Autowired
    private Job referenceExtractJob;

    @BeforeEach
    void useTheReferenceJob() {
        jobs.setJob(referenceExtractJob);
    }

    @Test
    void loadsTheProjectsReferenceFiles() throws Exception {
        assertThat(jobs.startJob(run("r1")).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        assertThat(LakeReader.query("SELECT kind, count(*) AS n FROM read_parquet('"
                        + lake.resolve("raw/reference/locations") + "/*.parquet') GROUP BY kind ORDER BY kind")
                .stream().map(r -> r.get("kind") + " " + r.get("n")).toList())
                .containsExactly("BUS_STOP 12", "OFFICE 3", "VENUE 5");
        assertThat(LakeReader.query("SELECT sum(amount_gbp) AS total FROM read_parquet('"
                + lake.resolve("raw/reference/funding") + "/*.parquet')").get(0).get("total").toString())
                .isEqualTo("457000.00");
    }

    @Test
    void aBrokenReferenceRowFailsTheStepNamingTheFileLineAndField() throws Exception {
        drop("reference/service-codes.csv", """
                service_code,description,topic
                BEN-HB,Housing Benefit,BENEFITS
                TAX-CT,Council Tax,COUNCIL_TAX
                """);

        JobExecution execution = jobs.startJob(run("r1"));

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(Steps.named(execution, "referenceExtractStep").getFailureExceptions()).singleElement()
                .satisfies(e -> assertThat(e.getMessage()).contains("service-codes.csv")
                        .contains("line 3 topic: unknown value"));
    }
}
