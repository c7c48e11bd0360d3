package org.outreach.ingest.referrals;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outreach.ingest.IngestJobTest;
import org.outreach.ingest.support.LakeReader;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

@TestPropertySource(properties = "outreach.quarantine.max-ratio=0.9")
class ReferralsExtractJobTest extends IngestJobTest {

    @Autowired
    private Job referralsExtractJob;

    @BeforeEach
    void useTheReferralsJob() {
        jobs.setJob(referralsExtractJob);
    }

    @Test
    void takesThePartnerFromTheFileNameAndQuarantinesUnknownTypes() throws Exception {
        drop("referrals/NCU-2011-03.csv", """
                referral_id,crm_customer_id,referred_on,referral_type,outcome,outcome_on
                NCU-1,100042,2011-03-02,ACCOUNT,COMPLETED,2011-03-09
                NCU-2,,2011-03-03,LOAN,,
                NCU-3,100043,2011-03-04,MORTGAGE,,
                """);
        drop("referrals/FIRE-2011-03.csv", """
                referral_id,crm_customer_id,referred_on,referral_type,outcome,outcome_on
                F-1,100044,2011-03-05,ALARM,NO_CONTACT,2011-03-20
                F-2,abc,2011-03-05,SAFETY_CHECK,,
                """);
        drop("referrals/notes.txt", "not a referral file");

        assertThat(jobs.startJob(run("r1")).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        assertThat(LakeReader.query("SELECT * FROM read_parquet('" + lake.resolve("raw/referrals/referrals")
                        + "/*.parquet') ORDER BY referral_id").stream()
                .map(r -> r.get("partner") + " " + r.get("referral_id") + " " + r.get("crm_customer_id") + " "
                        + r.get("referral_type") + " " + r.get("outcome")).toList())
                .containsExactly("FIRE F-1 100044 ALARM NO_CONTACT", "NCU NCU-1 100042 ACCOUNT COMPLETED",
                        "NCU NCU-2 null LOAN null");
        assertThat(LakeReader.query("SELECT origin, line_or_key, field, reason FROM read_parquet('"
                        + lake.resolve("raw/_quarantine/referrals/referrals") + "/*.parquet') ORDER BY origin")
                .stream().map(q -> q.get("origin") + " " + q.get("line_or_key") + " " + q.get("field") + " "
                        + q.get("reason")).toList())
                .containsExactly("FIRE-2011-03.csv 3 crm_customer_id not a whole number",
                        "NCU-2011-03.csv 4 referral_type unknown value");
    }
}
