package org.outreach.ingest.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.outreach.ingest.support.ParquetSchema.column;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;

class StagedParquetWriterTest {

    private static final ParquetSchema<Long> IDS = ParquetSchema.of(column("id", "BIGINT", id -> id));

    @TempDir
    Path staging;

    @Test
    void aStepRestartedAfterDyingMidStepRewritesTheStagingFromScratch() throws Exception {
        StagedParquetWriter<Long> killed = new StagedParquetWriter<>(staging, IDS);
        killed.open(new ExecutionContext());
        killed.write(new Chunk<>(List.of(1L, 2L)));
        killed.write(new Chunk<>(List.of(3L, 4L)));
        Files.writeString(staging.resolve("part-00003.parquet"), "half a file");  // died while writing

        StagedParquetWriter<Long> restarted = new StagedParquetWriter<>(staging, IDS);
        restarted.open(new ExecutionContext());
        restarted.write(new Chunk<>(List.of(1L, 2L)));
        restarted.write(new Chunk<>(List.of(3L, 4L)));
        restarted.write(new Chunk<>(List.of(5L)));
        restarted.close();

        assertThat(LakeReader.query("SELECT list(id ORDER BY id) AS ids FROM read_parquet('" + staging
                + "/*.parquet')").get(0).get("ids").toString()).isEqualTo("[1, 2, 3, 4, 5]");
    }
}
