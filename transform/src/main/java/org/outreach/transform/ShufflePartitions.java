package org.outreach.transform;

import java.util.OptionalInt;

/**
 * How many partitions each shuffle has on a cluster, where the operator has not said: one per
 * {@value #RAW_BYTES_PER_PARTITION} bytes of raw lake, at least one per executor core.
 *
 * <p>Spark's default of 200 suits neither end: on the programme's own volumes a shuffle of a
 * few hundred rows became 200 tasks, each shipped to an executor (the standalone cluster test
 * spent two thirds of its time on them), and adaptive execution only coalesces what a stage
 * wrote, after paying for it. Local mode keeps one partition per core ({@link SparkSettings}).
 */
final class ShufflePartitions {

    static final long RAW_BYTES_PER_PARTITION = 32L * 1024 * 1024;

    private ShufflePartitions() {
    }

    /** The setting to apply, or none where local mode or the operator has decided it. */
    static OptionalInt choose(boolean local, boolean configured, long rawLakeBytes, int executorCores) {
        if (local || configured) {
            return OptionalInt.empty();
        }
        long byVolume = (rawLakeBytes + RAW_BYTES_PER_PARTITION - 1) / RAW_BYTES_PER_PARTITION;
        return OptionalInt.of((int) Math.max(executorCores, Math.min(Integer.MAX_VALUE, byVolume)));
    }
}
