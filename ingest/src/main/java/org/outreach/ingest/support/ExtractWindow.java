package org.outreach.ingest.support;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import org.springframework.batch.core.step.StepExecution;

/**
 * Where an incremental read starts: the lake's watermark less the overlap window, or
 * the beginning of time on a first run. Recorded in the step's execution context.
 */
public final class ExtractWindow {

    public static final String WATERMARK_KEY = "watermark";
    private static final LocalDateTime BEGINNING = LocalDateTime.of(1900, 1, 1, 0, 0);

    private ExtractWindow() {
    }

    public static LocalDateTime start(LakeDataset dataset, Path lake, Duration overlap, StepExecution stepExecution) {
        Optional<LocalDateTime> watermark = LakeWatermark.of(dataset, lake);
        stepExecution.getExecutionContext().putString(WATERMARK_KEY, watermark.map(Object::toString).orElse("none"));
        return watermark.map(w -> w.minus(overlap)).orElse(BEGINNING);
    }
}
