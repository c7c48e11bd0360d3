package org.outreach.ingest.firstclick;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outreach.ingest.IngestJobTest;
import org.outreach.ingest.support.LakeReader;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

@TestPropertySource(properties = "outreach.quarantine.max-ratio=0.9")
class FirstClickExtractJobTest extends IngestJobTest {

    @Autowired
    private Job firstClickExtractJob;

    @BeforeEach
    void useTheFirstClickJob() {
        jobs.setJob(firstClickExtractJob);
    }

    @Test
    void matchesVenuesThroughNamesAndAliasesAndQuarantinesWhatBreaksTheContract() throws Exception {
        drop("firstclick/bookings-2011-02.jsonl", """
                {"booking_id":"FC-000123","session_date":"2011-02-14","venue":"Watton Library","surname":"Nowak","dob":"1961-03-02","postcode":"IP25 6AB","attended":true,"completed":false,"feedback":4}
                {"booking_id":"FC-000124","session_date":"2011-02-14","venue":"  watton   LIB ","surname":"Rix","dob":"1950-01-01","postcode":"ip256ab","attended":false,"completed":false,"feedback":null}
                {"booking_id":"FC-000125","session_date":"2011-02-15","venue":"Mundford Village Hall","surname":"Eagle","dob":"1944-04-04","postcode":"IP26 5AA","attended":true,"completed":true,"feedback":5}
                {"booking_id":"FC-000126","session_date":"2011-02-16","venue":"Thetford Library","surname":"Lis"

                {"booking_id":"FC-000127","session_date":"2011-02-16","venue":"Thetford Library","surname":"Lis","dob":null,"postcode":null,"attended":true,"completed":true,"feedback":7}
                {"booking_id":"FC-000128","session_date":"2011-02-16","venue":"Thetford Library","attended":true,"completed":true}
                """);

        assertThat(jobs.startJob(run("r1")).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        List<Map<String, Object>> bookings = LakeReader.query("SELECT * FROM read_parquet('"
                + lake.resolve("raw/firstclick/bookings") + "/*.parquet') ORDER BY booking_id");
        assertThat(bookings).extracting(b -> b.get("booking_id") + " " + b.get("location_code") + " "
                        + b.get("attended") + " " + b.get("feedback") + " " + (b.get("person_key") != null))
                .containsExactly("FC-000123 VEN-WATTON-LIB true 4 true", "FC-000124 VEN-WATTON-LIB false null true",
                        "FC-000128 VEN-THETFORD-LIB true null false");
        assertThat(LakeReader.query("SELECT line_or_key, field, reason, raw_value FROM read_parquet('"
                        + lake.resolve("raw/_quarantine/firstclick/bookings") + "/*.parquet') ORDER BY line_or_key")
                .stream().map(q -> q.get("line_or_key") + " " + q.get("field") + " " + q.get("reason") + " "
                        + q.get("raw_value")).toList())
                .containsExactly(
                        "3 venue no location has this name or alias Mundford Village Hall",
                        "4 (line) not a valid JSON object (column 97) null",
                        "6 feedback not from 1 to 5 7");
    }
}
