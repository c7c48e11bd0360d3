package org.outreach.warehouse.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DisclosurePolicyTest {

    @Test
    void theThresholdSuppressesOneUpToItsLimitAndNothingElse() {
        DisclosurePolicy policy = DisclosurePolicy.threshold(4);

        assertThat(policy.suppresses(0)).isFalse();
        assertThat(policy.suppresses(1)).isTrue();
        assertThat(policy.suppresses(4)).isTrue();
        assertThat(policy.suppresses(5)).isFalse();
        assertThat(policy.shown(5)).isEqualTo(5);
    }

    @Test
    void tenFiveSuppressesUnderTenAndRoundsHalfUpToFive() {
        DisclosurePolicy policy = DisclosurePolicy.tenFive(10, 5);

        assertThat(policy.suppresses(9)).isTrue();
        assertThat(policy.suppresses(10)).isFalse();
        assertThat(policy.shown(10)).isEqualTo(10);
        assertThat(policy.shown(12)).isEqualTo(10);
        assertThat(policy.shown(13)).isEqualTo(15);
        assertThat(policy.shown(15)).isEqualTo(15);
        assertThat(policy.shown(17)).isEqualTo(15);
        assertThat(policy.shown(18)).isEqualTo(20);
        assertThat(policy.shown(1234)).isEqualTo(1235);
    }

    @Test
    void roundingToAnEvenBaseTakesExactHalvesUp() {
        assertThat(DisclosurePolicy.tenFive(10, 10).shown(15)).isEqualTo(20);
        assertThat(DisclosurePolicy.tenFive(10, 10).shown(14)).isEqualTo(10);
    }

    @Test
    void descriptionsNameTheLimits() {
        assertThat(DisclosurePolicy.threshold(4).describe()).contains("from 1 to 4");
        assertThat(DisclosurePolicy.tenFive(10, 5).describe()).contains("from 1 to 9", "nearest 5");
    }

    @Test
    void nonsenseLimitsAreRefused() {
        assertThatThrownBy(() -> DisclosurePolicy.threshold(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DisclosurePolicy.tenFive(10, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
