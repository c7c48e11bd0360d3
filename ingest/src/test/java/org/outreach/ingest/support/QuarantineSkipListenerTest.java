package org.outreach.ingest.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outreach.datasets.DatasetSchema;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.step.StepExecution;

class QuarantineSkipListenerTest {

    @TempDir
    Path staging;

    @Test
    void quarantinesEachSkippedRecordWithItsFileLineFieldAndReasonMaskingPersonalValues() throws Exception {
        QuarantineSkipListener listener = new QuarantineSkipListener();
        listener.beforeStep(stepOf("r7"));
        listener.stageIn(staging);
        PendingFile file = file("keystone-2011-01.csv");

        listener.onSkipInProcess(new FileRecord(file, SourceRecord.of(4, Map.of())), new RejectedRecord(
                new FileRecord(file, SourceRecord.of(4, Map.of())),
                new ContractViolation("Event", "unknown event", "Signed on")));
        listener.onSkipInProcess(new FileRecord(file, SourceRecord.of(9, Map.of())), new RejectedRecord(
                new FileRecord(file, SourceRecord.of(9, Map.of())),
                new ContractViolation("Surname", "missing required field", "O'Brien-Smith 2")));
        try (Connection connection = DuckDb.inMemory()) {
            listener.flush(connection);
        }

        assertThat(listener.quarantined(file)).isEqualTo(2);
        assertThat(LakeReader.query("SELECT * FROM read_parquet(" + DuckDb.literal(listener.folder(file)
                .resolve("*.parquet")) + ") ORDER BY line_or_key"))
                .extracting(q -> q.get("run_id") + " " + q.get("source") + " " + q.get("origin") + " "
                        + q.get("line_or_key") + " " + q.get("field") + " " + q.get("reason") + " " + q.get("raw_value"))
                .containsExactly("r7 works keystone-2011-01.csv 4 Event unknown event Signed on",
                        "r7 works keystone-2011-01.csv 9 Surname missing required field *'*****-***** *");
    }

    @Test
    void holdsNothingOnceFlushed() throws Exception {
        QuarantineSkipListener listener = new QuarantineSkipListener();
        listener.beforeStep(stepOf("r1"));
        listener.stageIn(staging);
        PendingFile file = file("a.csv");
        FileRecord record = new FileRecord(file, SourceRecord.of(2, Map.of()));
        listener.onSkipInProcess(record, new RejectedRecord(record, new ContractViolation("x", "bad", "1")));
        try (Connection connection = DuckDb.inMemory()) {
            listener.flush(connection);
            listener.flush(connection);
        }

        try (var parts = Files.list(listener.folder(file))) {
            assertThat(parts).as("a second flush writes no part").hasSize(1);
        }
    }

    @Test
    void refusesToQuarantineAFailureThatIsNotABrokenRecord() {
        QuarantineSkipListener listener = new QuarantineSkipListener();
        listener.beforeStep(stepOf("r1"));
        PendingFile file = file("a.csv");

        assertThatThrownBy(() -> listener.onSkipInProcess(new FileRecord(file, SourceRecord.of(2, Map.of())),
                new IllegalStateException("disk full"))).isInstanceOf(IllegalStateException.class);
    }

    private static PendingFile file(String name) {
        ParquetSchema<NoColumns> noColumns =
                ParquetSchema.ofRecord(new DatasetSchema("raw/works/events", "", List.of()), NoColumns.class);
        FileFeed<NoColumns> feed = new FileFeed<>("works", Path.of("inbox"), Pattern.compile(".*"),
                new CsvRecords(','), noColumns, (record, fields, dropFile) -> new NoColumns(), Set.of("Surname"), 0.5);
        return new PendingFile(0, feed, new DropFile(Path.of("inbox", name), name, "0"), 10);
    }

    private static StepExecution stepOf(String runId) {
        JobExecution job = new JobExecution(1L, new JobInstance(1L, "job"),
                new JobParametersBuilder().addString("runId", runId).toJobParameters());
        return new StepExecution(1L, "step", job);
    }

    private record NoColumns() {
    }
}
