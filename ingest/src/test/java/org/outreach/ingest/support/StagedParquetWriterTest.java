package org.outreach.ingest.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.outreach.ingest.support.ParquetSchemaTest.declared;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;

class StagedParquetWriterTest {

    private record Id(long id) {
    }

    private static final ParquetSchema<Id> IDS = ParquetSchema.ofRecord(declared("test/ids", "id BIGINT"), Id.class);

    @TempDir
    Path staging;

    @Test
    void aStepRestartedAfterDyingMidStepRewritesTheStagingFromScratch() throws Exception {
        StagedParquetWriter<Id> killed = new StagedParquetWriter<>(staging, IDS);
        killed.open(new ExecutionContext());
        killed.write(new Chunk<>(ids(1, 2)));
        killed.write(new Chunk<>(ids(3, 4)));
        Files.writeString(staging.resolve("part-00003.parquet"), "half a file");  // died while writing

        StagedParquetWriter<Id> restarted = new StagedParquetWriter<>(staging, IDS);
        restarted.open(new ExecutionContext());
        restarted.write(new Chunk<>(ids(1, 2)));
        restarted.write(new Chunk<>(ids(3, 4)));
        restarted.write(new Chunk<>(ids(5)));
        restarted.close();

        assertThat(LakeReader.query("SELECT list(id ORDER BY id) AS ids FROM read_parquet('" + staging
                + "/*.parquet')").get(0).get("ids").toString()).isEqualTo("[1, 2, 3, 4, 5]");
    }

    private record Visit(long id, String stop, String band) {
    }

    @Test
    void categoryColumnsComeOutAsTheTextsTheyWereGivenNullsAndQuotesIncluded() throws Exception {
        ParquetSchema<Visit> visits = ParquetSchema.ofRecord(declared("test/visits", "id BIGINT", "stop VARCHAR",
                "band VARCHAR"), Visit.class, "stop", "band");
        StagedParquetWriter<Visit> writer = new StagedParquetWriter<>(staging, visits);
        writer.open(new ExecutionContext());
        writer.write(new Chunk<>(List.of(new Visit(1, "BUS-NECTON", "18-24"), new Visit(2, null, "65+"),
                new Visit(3, "St Mary's, \"old\" hall", "18-24"), new Visit(4, "BUS-NECTON", null))));
        writer.write(new Chunk<>(List.of(new Visit(5, null, null))));
        writer.close();

        assertThat(LakeReader.query("SELECT id, stop, band, typeof(stop) AS type FROM read_parquet('" + staging
                + "/*.parquet') ORDER BY id")).extracting(r -> r.get("id") + "|" + r.get("stop") + "|" + r.get("band")
                + "|" + r.get("type")).containsExactly(
                "1|BUS-NECTON|18-24|VARCHAR", "2|null|65+|VARCHAR", "3|St Mary's, \"old\" hall|18-24|VARCHAR",
                "4|BUS-NECTON|null|VARCHAR", "5|null|null|VARCHAR");
    }

    private static List<Id> ids(long... ids) {
        return java.util.Arrays.stream(ids).mapToObj(Id::new).toList();
    }
}
