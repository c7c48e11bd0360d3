package org.outreach.transform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShufflePartitionsTest {

    private static final long MB = 1024 * 1024;

    @Test
    void aSmallLakeOnAClusterGetsOnePartitionPerExecutorCore() {
        assertThat(ShufflePartitions.choose(false, false, 3 * MB, 2)).hasValue(2);
    }

    @Test
    void aLargeLakeGetsOnePartitionPerThirtyTwoMegabytesRoundedUp() {
        assertThat(ShufflePartitions.choose(false, false, 320 * MB, 2)).hasValue(10);
        assertThat(ShufflePartitions.choose(false, false, 320 * MB + 1, 2)).hasValue(11);
    }

    @Test
    void anEmptyLakeStillGetsOnePartitionPerCore() {
        assertThat(ShufflePartitions.choose(false, false, 0, 8)).hasValue(8);
    }

    @Test
    void localModeAndAnOperatorsSettingAreLeftAlone() {
        assertThat(ShufflePartitions.choose(true, false, 320 * MB, 2)).isEmpty();
        assertThat(ShufflePartitions.choose(false, true, 320 * MB, 2)).isEmpty();
    }
}
