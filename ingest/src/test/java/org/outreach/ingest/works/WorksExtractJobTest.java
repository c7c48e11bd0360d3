package org.outreach.ingest.works;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outreach.ingest.IngestJobTest;
import org.outreach.ingest.Steps;
import org.outreach.ingest.support.LakeReader;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The three partners' own formats, and a fourth partner added by configuration alone
 * (the properties below: a pipe-delimited file with its own words).
 */
@TestPropertySource(properties = {
    "outreach.works.partners.fourth.file=fourth-\\\\d{4}-\\\\d{2}\\\\.txt",
    "outreach.works.partners.fourth.delimiter=|",
    "outreach.works.partners.fourth.date-format=d.M.yyyy",
    "outreach.works.partners.fourth.columns.participant-ref=id",
    "outreach.works.partners.fourth.columns.surname=name",
    "outreach.works.partners.fourth.columns.date-of-birth=born",
    "outreach.works.partners.fourth.columns.ni-number=nino",
    "outreach.works.partners.fourth.columns.postcode=pc",
    "outreach.works.partners.fourth.columns.event=what",
    "outreach.works.partners.fourth.columns.event-date=when",
    "outreach.works.partners.fourth.events.joined=SIGNED_UP",
    "outreach.works.partners.fourth.events.hired=JOB_START",
    "outreach.quarantine.max-ratio=0.9"})
class WorksExtractJobTest extends IngestJobTest {

    @Autowired
    private Job worksExtractJob;

    @BeforeEach
    void useTheWorksJob() {
        jobs.setJob(worksExtractJob);
    }

    @Test
    void mapsEachPartnersFormatToCanonicalEventsAndLinksPersonsAcrossPartners() throws Exception {
        drop("works/keystone/keystone-2011-01.csv", """
                Participant Ref,Surname,Date of Birth,NI Number,Postcode,Event,Event Date
                K-001,Kowalczyk,02/03/1961,ab 12 34 56 c,ip241aa,Registered,17/01/2011
                K-001,Kowalczyk,02/03/1961,ab 12 34 56 c,ip241aa,CV completed,24/01/2011
                K-002,Nowak,15/07/1980,,IP24 2BB,Signed on,18/01/2011
                K-003,Silva,01/01/1990,,IP25 6AB,Job start,31/02/2011
                """);
        drop("works/workwise/workwise-2011-01.csv", "\uFEFF" + """
                ref;surname;dob;ni;postcode;activity_code;activity_date
                W-17;Kowalczyk;1961-03-02;AB123456C;IP24 1AA;JOB;2011-01-28
                W-18;Gonçalves;1975-11-30;;IP25 6AB;REG;2011-01-19
                """);
        writeFlagship(inbox.resolve("works/flagship/flagship-2011-01.xlsx"));
        drop("works/fourth/fourth-2011-01.txt", """
                id|name|born|nino|pc|what|when
                F9|Berzins|5.6.1970||NR19 2AB|joined|3.1.2011
                F9|Berzins|5.6.1970||NR19 2AB|hired|31.1.2011
                """);

        JobExecution execution = jobs.startJob(run("r1"));

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        List<Map<String, Object>> events = LakeReader.query("SELECT * FROM read_parquet('"
                + lake.resolve("raw/works/events") + "/*.parquet') ORDER BY partner, source_line");
        assertThat(events).extracting(e -> e.get("partner") + " " + e.get("source_line") + " " + e.get("event_type")
                        + " " + e.get("event_date") + " " + e.get("postcode_district"))
                .containsExactly(
                        "flagship 2 SIGNED_UP 2011-01-10 PE37",
                        "flagship 4 CV_COMPLETED 2011-01-20 PE37",
                        "fourth 2 SIGNED_UP 2011-01-03 NR19",
                        "fourth 3 JOB_START 2011-01-31 NR19",
                        "keystone 2 SIGNED_UP 2011-01-17 IP24",
                        "keystone 3 CV_COMPLETED 2011-01-24 IP24",
                        "workwise 2 JOB_START 2011-01-28 IP24",
                        "workwise 3 SIGNED_UP 2011-01-19 IP25");
        assertThat(events.get(4).get("person_key")).as("same NI number, same person, across partners")
                .isNotNull().isEqualTo(events.get(6).get("person_key"));
        assertThat(events.get(7).get("age_band")).isEqualTo("35-49");
        assertThat(LakeReader.query("SELECT origin, line_or_key, field, reason, raw_value FROM read_parquet('"
                        + lake.resolve("raw/_quarantine/works/events") + "/*.parquet') ORDER BY origin, line_or_key")
                .stream().map(q -> q.get("origin") + " " + q.get("line_or_key") + " " + q.get("field") + " "
                        + q.get("reason") + " " + q.get("raw_value")).toList())
                .containsExactly(
                        "flagship-2011-01.xlsx 3 Date text in a date cell 14th Jan",
                        "keystone-2011-01.csv 4 Event unknown event Signed on",
                        "keystone-2011-01.csv 5 Event Date unparseable date 31/02/2011");
        assertThat(Steps.named(execution, "worksEventsExtractStep").getReadCount()).isEqualTo(11);
        assertThat(Steps.named(execution, "worksEventsExtractStep").getSkipCount()).as("quarantined").isEqualTo(3);
    }

    private static void writeFlagship(Path file) throws Exception {
        Files.createDirectories(file.getParent());
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            Sheet sheet = workbook.createSheet("Tenants in work programme");
            String[] header = {"Tenant Ref", "Surname", "DOB", "NINO", "Postcode", "Milestone", "Date"};
            Row top = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                top.createCell(i).setCellValue(header[i]);
            }
            addTenant(sheet, 1, dateStyle, "Signed up", LocalDate.of(2011, 1, 10));
            Row textDate = addTenant(sheet, 2, dateStyle, "Interview", null);
            textDate.createCell(6).setCellValue("14th Jan");
            addTenant(sheet, 3, dateStyle, "CV done", LocalDate.of(2011, 1, 20));
            workbook.write(out);
        }
    }

    private static Row addTenant(Sheet sheet, int index, CellStyle dateStyle, String milestone, LocalDate date) {
        Row row = sheet.createRow(index);
        row.createCell(0).setCellValue("T-55");
        row.createCell(1).setCellValue("Thrower");
        row.createCell(2).setCellValue(LocalDate.of(1958, 9, 9));
        row.getCell(2).setCellStyle(dateStyle);
        row.createCell(4).setCellValue("PE37 7DD");
        row.createCell(5).setCellValue(milestone);
        if (date != null) {
            row.createCell(6).setCellValue(date);
            row.getCell(6).setCellStyle(dateStyle);
        }
        return row;
    }
}
