package org.outreach.pipeline.job;

import java.nio.file.Path;

/** Each run's transform output has its own folder, so a failed run never touches another's. */
public final class RunOutputs {

    private RunOutputs() {
    }

    public static Path of(Path lake, String runId) {
        return lake.resolve("runs").resolve(runId);
    }
}
