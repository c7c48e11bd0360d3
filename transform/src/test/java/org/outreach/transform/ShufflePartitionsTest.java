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
    void aLargeLakeOnAClusterGetsOnePartitionPerThirtyTwoMegabytesRoundedUp() {
        assertThat(ShufflePartitions.choose(false, false, 320 * MB, 2)).hasValue(10);
        assertThat(ShufflePartitions.choose(false, false, 320 * MB + 1, 2)).hasValue(11);
    }

    @Test
    void aSmallLakeOnOneMachineGetsOnePartition() {
        assertThat(ShufflePartitions.choose(true, false, 3 * MB, 2)).hasValue(1);
        assertThat(ShufflePartitions.choose(true, false, 0, 2)).hasValue(1);
    }

    @Test
    void aLargeLakeOnOneMachineGetsOnePartitionPerCore() {
        assertThat(ShufflePartitions.choose(true, false, 40 * MB, 2)).hasValue(2);
        assertThat(ShufflePartitions.choose(true, false, 320 * MB, 2)).hasValue(2);
    }

    @Test
    void anOperatorsSettingIsLeftAlone() {
        assertThat(ShufflePartitions.choose(true, true, 320 * MB, 2)).isEmpty();
        assertThat(ShufflePartitions.choose(false, true, 320 * MB, 2)).isEmpty();
    }
}
