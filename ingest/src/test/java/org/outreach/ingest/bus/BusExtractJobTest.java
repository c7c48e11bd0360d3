package org.outreach.ingest.bus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outreach.datasets.DatasetSchema;
import org.outreach.ingest.IngestJobTest;
import org.outreach.ingest.Steps;
import org.outreach.ingest.support.LakeReader;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

@TestPropertySource(properties = "outreach.quarantine.max-ratio=0.9")
class BusExtractJobTest extends IngestJobTest {

    private static final String SCHEDULE = """
            location_code,weekday,weeks,arrive,depart,valid_from,valid_to
            BUS-NARBOROUGH,TUE,"1,3",10:00,12:00,2010-06-01,2010-12-31
            BUS-BEESTON,TUE,"1,3",10:00,12:00,2011-01-01,
            BUS-THETFORD,WED,LAST,10:00,15:00,2010-06-01,
            BUS-SAHAM-TONEY,FRI,"2,LAST",13:30,15:30,2010-06-01,
            BUS-SPORLE,SUN,ALL,10:00,12:00,2011-01-01,
            BUS-NECTON,MON,FIRST,13:30,15:30,2010-06-01,
            """;

    private static final String VISITS = """
            visit_date,location_code,status,cancel_reason,footfall,broadband,notes
            2010-11-02,BUS-NARBOROUGH,COMPLETED,,4,POOR,"Quiet, rain all morning"
            2010-11-03,BUS-THETFORD,COMPLETED,,23,OK,"Leaflets ""Thetford Works!"" handed out
            second line of the note
            third line"
            2010-11-05,BUS-SAHAM-TONEY,CANCELLED,Driver ill,0,,
            2010-11-09,BUS-NARBOROUGH,DONE,,3,POOR,
            2010-11-31,BUS-NECTON,COMPLETED,,5,OK,
            2010-12-01,BUS-NECTON,COMPLETED,,5,OK,
            2010-11-16,BUS-NARBOROUGH,COMPLETED,,2
            2010-11-26,BUS-SAHAM-TONEY,COMPLETED,,-1,OK,
            """;

    @Autowired
    private Job busExtractJob;

    @BeforeEach
    void useTheBusJob() {
        jobs.setJob(busExtractJob);
    }

    @Test
    void extractsScheduleAndVisitsQuarantiningEachBrokenRecordAtItsFirstLine() throws Exception {
        drop("bus/bus-schedule.csv", SCHEDULE);
        drop("bus/bus-visits-2010-11.csv", VISITS);

        JobExecution execution = jobs.startJob(run("r1"));

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        List<Map<String, Object>> schedule = rows("bus/schedule");
        assertThat(schedule).extracting(r -> r.get("location_code") + " " + r.get("weeks") + " " + r.get("valid_to"))
                .containsExactly("BUS-NARBOROUGH 1,3 2010-12-31", "BUS-BEESTON 1,3 null", "BUS-THETFORD LAST null",
                        "BUS-SAHAM-TONEY 2,LAST null");
        List<Map<String, Object>> visits = rows("bus/visits");
        assertThat(visits).extracting(r -> r.get("source_line") + " " + r.get("location_code") + " "
                        + r.get("status") + " " + r.get("footfall") + " " + r.get("has_notes"))
                .containsExactly("2 BUS-NARBOROUGH COMPLETED 4 true", "3 BUS-THETFORD COMPLETED 23 true",
                        "6 BUS-SAHAM-TONEY CANCELLED 0 false");
        assertThat(quarantine()).containsExactly(
                "bus-schedule.csv 6 weekday unknown value SUN",
                "bus-schedule.csv 7 weeks not ALL or a list of week numbers 1-5 and LAST FIRST",
                "bus-visits-2010-11.csv 10 wrong number of columns: 5 instead of 7",
                "bus-visits-2010-11.csv 11 footfall negative -1",
                "bus-visits-2010-11.csv 7 status unknown value DONE",
                "bus-visits-2010-11.csv 8 visit_date unparseable date 2010-11-31",
                "bus-visits-2010-11.csv 9 visit_date outside the file's month 2010-11 2010-12-01");
        StepExecution visitsStep = Steps.named(execution, "busVisitsExtractStep");
        assertThat(visitsStep.getReadCount()).isEqualTo(8);
        assertThat(visitsStep.getWriteCount()).isEqualTo(3);
        assertThat(visitsStep.getSkipCount()).as("quarantined: skipped by the step").isEqualTo(5);
        assertThat(LakeReader.columns(lake.resolve("raw/bus/visits/*.parquet")))
                .isEqualTo(DatasetSchema.of("raw/bus/visits").duckDbColumns());
        assertThat(LakeReader.columns(lake.resolve("raw/_quarantine/bus/visits/*.parquet")))
                .isEqualTo(DatasetSchema.of("raw/_quarantine").duckDbColumns());
    }

    @Test
    void aRerunOverTheSameInboxWritesNothingAndAResentMonthReplacesTheMonth() throws Exception {
        drop("bus/bus-schedule.csv", SCHEDULE);
        drop("bus/bus-visits-2010-11.csv", VISITS);
        jobs.startJob(run("r1"));

        JobExecution rerun = jobs.startJob(run("r2"));
        assertThat(Steps.named(rerun, "busVisitsExtractStep").getWriteCount()).isZero();
        assertThat(Steps.named(rerun, "busVisitsExtractStep").getExecutionContext().getString("files"))
                .isEqualTo("0 extracted, 1 unchanged");

        drop("bus/bus-visits-2010-11.csv", """
                visit_date,location_code,status,cancel_reason,footfall,broadband,notes
                2010-11-02,BUS-NARBOROUGH,COMPLETED,,5,POOR,corrected footfall
                """);
        jobs.startJob(run("r3"));

        assertThat(rows("bus/visits")).extracting(r -> r.get("visit_date") + " " + r.get("footfall"))
                .containsExactly("2010-11-02 5");
        assertThat(quarantine()).as("the corrected month's quarantine is gone too")
                .allMatch(q -> q.startsWith("bus-schedule.csv"));
    }

    @Test
    void aBackfillTakesAgainTheFilesOfItsMonthsAndOnlyThose() throws Exception {
        drop("bus/bus-schedule.csv", SCHEDULE);
        drop("bus/bus-visits-2010-11.csv", VISITS);
        drop("bus/bus-visits-2010-12.csv", VISITS.replace("2010-11-", "2010-12-"));
        jobs.startJob(run("r1"));
        List<Map<String, Object>> visits = rows("bus/visits");

        JobExecution backfill = jobs.startJob(backfill("r2", LocalDate.of(2010, 12, 1), LocalDate.of(2010, 12, 31)));

        assertThat(Steps.named(backfill, "busVisitsExtractStep").getExecutionContext().getString("files"))
                .isEqualTo("1 extracted, 1 unchanged (backfill 2010-12-01 to 2010-12-31)");
        assertThat(Steps.named(backfill, "busScheduleExtractStep").getExecutionContext().getString("files"))
                .as("a file of no month is always taken again").startsWith("1 extracted, 0 unchanged");
        assertThat(rows("bus/visits")).as("the month taken again replaced itself: no duplicates")
                .hasSameSizeAs(visits);
    }

    @Test
    void aFileWhoseRecordsMostlyBreakTheContractFailsTheStepNamingTheFile() throws Exception {
        drop("bus/bus-visits-2010-12.csv", """
                visit_date,location_code,status,cancel_reason,footfall,broadband,notes
                2010-12-01,BUS-NECTON,DONE,,5,OK,
                2010-12-02,BUS-NECTON,DONE,,5,OK,
                """);

        JobExecution execution = jobs.startJob(run("r1"));

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(Steps.named(execution, "busVisitsExtractStep").getFailureExceptions()).singleElement()
                .satisfies(e -> assertThat(e.getMessage()).contains("bus-visits-2010-12.csv")
                        .contains("2 of 2 records break the contract"));
    }

    private static List<Map<String, Object>> rows(String entity) throws Exception {
        return LakeReader.query("SELECT * FROM read_parquet('" + lake.resolve("raw").resolve(entity)
                + "/*.parquet') ORDER BY source_file, source_line");
    }

    private static List<String> quarantine() throws Exception {
        return LakeReader.query("SELECT origin, line_or_key, field, reason, raw_value FROM read_parquet('"
                        + lake.resolve("raw/_quarantine/bus") + "/*/*.parquet') ORDER BY origin, line_or_key")
                .stream()
                .map(q -> (q.get("origin") + " " + q.get("line_or_key") + " " + q.get("field") + " " + q.get("reason")
                        + (q.get("raw_value") == null ? "" : " " + q.get("raw_value"))).replace(" (record)", ""))
                .toList();
    }
}
