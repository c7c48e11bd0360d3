package org.outreach.ingest.support;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * Where an incremental read starts: the lake's watermark less the overlap window, or the
 * beginning of time on a first run, or a backfill's first day when that is earlier. Worked out when the step starts (so a restarted step
 * sees the lake as it is then) and recorded in the step's execution context.
 */
public final class ExtractWindow implements StepExecutionListener {

    public static final String WATERMARK_KEY = "watermark";
    public static final String BACKFILL_KEY = "backfill";
    private static final LocalDateTime BEGINNING = LocalDateTime.of(1900, 1, 1, 0, 0);

    private final LakeDataset dataset;
    private final Path lake;
    private final Duration overlap;
    private LocalDateTime from;

    public ExtractWindow(LakeDataset dataset, Path lake, Duration overlap) {
        this.dataset = dataset;
        this.lake = lake;
        this.overlap = overlap;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        Optional<LocalDateTime> watermark = LakeWatermark.of(dataset, lake);
        stepExecution.getExecutionContext().putString(WATERMARK_KEY, watermark.map(Object::toString).orElse("none"));
        from = watermark.map(w -> w.minus(overlap)).orElse(BEGINNING);
        Optional<Backfill> backfill = Backfill.of(stepExecution.getJobParameters());
        if (backfill.isPresent() && backfill.get().readFrom().isBefore(from)) {
            from = backfill.get().readFrom();
            stepExecution.getExecutionContext().putString(BACKFILL_KEY,
                    backfill.get().from() + " to " + backfill.get().to() + ", read from " + from);
        }
    }

    /** The first version to read; known once the step has started. */
    public LocalDateTime from() {
        if (from == null) {
            throw new IllegalStateException("the extract window of " + dataset.name() + " is set when its step starts");
        }
        return from;
    }
}
