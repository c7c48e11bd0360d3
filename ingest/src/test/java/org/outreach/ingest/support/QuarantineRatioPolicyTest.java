package org.outreach.ingest.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.outreach.datasets.DatasetSchema;

class QuarantineRatioPolicyTest {

    private final QuarantineRatioPolicy policy = new QuarantineRatioPolicy();

    @Test
    void skipsBrokenRecordsUpToTheRatioOfTheirFileAndFailsTheFileJustPastIt() {
        PendingFile file = file("visits-2010-11.csv", 4, 0.5);

        assertThat(policy.shouldSkip(rejected(file, 2, "status"), 0)).isTrue();
        assertThat(policy.shouldSkip(rejected(file, 3, "footfall"), 1)).as("2 of 4 is the ratio itself").isTrue();
        assertThatThrownBy(() -> policy.shouldSkip(rejected(file, 5, "visit_date"), 2))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("visits-2010-11.csv")
                .hasMessageContaining("3 of 4 records break the contract, more than the allowed ratio 0.5")
                .hasMessageContaining("first: line 2 status: unknown value");
    }

    @Test
    void countsEachFileOnItsOwn() {
        PendingFile first = file("a.csv", 2, 0.5);
        PendingFile second = file("b.csv", 2, 0.5);

        assertThat(policy.shouldSkip(rejected(first, 2, "status"), 0)).isTrue();
        assertThat(policy.shouldSkip(rejected(second, 2, "status"), 1)).isTrue();
    }

    @Test
    void aRatioOfZeroFailsAtTheFirstBrokenRecord() {
        PendingFile reference = file("funding.csv", 100, 0.0);

        assertThatThrownBy(() -> policy.shouldSkip(rejected(reference, 7, "amount_gbp"), 0))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("1 of 100 records").hasMessageContaining("line 7 amount_gbp");
    }

    @Test
    void neverSkipsAnythingButABrokenRecord() {
        assertThat(policy.shouldSkip(new IllegalStateException("disk full"), 0)).isFalse();
    }

    static PendingFile file(String name, long records, double ratio) {
        ParquetSchema<NoColumns> noColumns =
                ParquetSchema.ofRecord(new DatasetSchema("raw/bus/visits", "", List.of()), NoColumns.class);
        FileFeed<NoColumns> feed = new FileFeed<>("bus", Path.of("inbox"), Pattern.compile(".*"),
                new CsvRecords(','), noColumns, (record, fields, dropFile) -> new NoColumns(), Set.of("surname"), ratio);
        return new PendingFile(0, feed, new DropFile(Path.of("inbox", name), name, "0"), records);
    }

    static RejectedRecord rejected(PendingFile file, long line, String field) {
        return new RejectedRecord(new FileRecord(file, SourceRecord.of(line, Map.of())),
                new ContractViolation(field, "unknown value", "X"));
    }

    private record NoColumns() {
    }
}
