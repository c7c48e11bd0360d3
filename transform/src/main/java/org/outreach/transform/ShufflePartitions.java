package org.outreach.transform;

import java.util.OptionalInt;

/**
 * How many partitions each shuffle has, where the operator has not said: one per
 * {@value #RAW_BYTES_PER_PARTITION} bytes of raw lake, and on one machine at most one per
 * core, on a cluster at least one per executor core.
 *
 * <p>Spark's default of 200 suits neither end: on the programme's own volumes a shuffle of a
 * few hundred rows became 200 tasks, each shipped to an executor (the standalone cluster test
 * spent two thirds of its time on them), and adaptive execution only coalesces what a stage
 * wrote, after paying for it. On one machine a small lake's shuffles in one partition leave
 * the other core to the next stage: the demo's transform takes about a tenth less CPU than
 * with one per core (docs/benchmarks.md).
 */
final class ShufflePartitions {

    static final long RAW_BYTES_PER_PARTITION = 32L * 1024 * 1024;

    private ShufflePartitions() {
    }

    /** The setting to apply, or none where the operator has set it. */
    static OptionalInt choose(boolean local, boolean configured, long rawLakeBytes, int cores) {
        if (configured) {
            return OptionalInt.empty();
        }
        long byVolume = Math.max(1, (rawLakeBytes + RAW_BYTES_PER_PARTITION - 1) / RAW_BYTES_PER_PARTITION);
        long partitions = local ? Math.min(cores, byVolume) : Math.max(cores, byVolume);
        return OptionalInt.of((int) Math.min(Integer.MAX_VALUE, partitions));
    }
}
