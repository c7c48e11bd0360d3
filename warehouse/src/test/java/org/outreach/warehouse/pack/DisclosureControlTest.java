package org.outreach.warehouse.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.outreach.datasets.IndicatorKind;

class DisclosureControlTest {

    private static final Map<String, IndicatorKind> KINDS = Map.of(
            "transactions", IndicatorKind.COUNT, "footfall", IndicatorKind.COUNT,
            "visit_completion_rate", IndicatorKind.RATE, "mean_feedback", IndicatorKind.MEAN,
            "review_flag", IndicatorKind.FLAG, "funding_gbp", IndicatorKind.MONEY,
            "cost_per_client", IndicatorKind.COST, "cost_per_transaction", IndicatorKind.COST);

    private final DisclosureControl threshold = new DisclosureControl(DisclosurePolicy.threshold(4));
    private final DisclosureControl tenFive = new DisclosureControl(DisclosurePolicy.tenFive(10, 5));

    @Test
    void smallCountsAreSuppressedAndTheRestPublishedExactly() {
        List<PublishedValue> published = threshold.apply(List.of(
                count("transactions", "BUS-A", 1), count("transactions", "BUS-B", 4),
                count("transactions", "BUS-C", 5), count("footfall", "BUS-A", 3)), KINDS);

        assertThat(texts(published)).containsExactly("[c] [z] [z]", "[c] [z] [z]", "5 [z] [z]", "[c] [z] [z]");
    }

    @Test
    void zeroIsPublished() {
        assertThat(texts(threshold.apply(List.of(count("transactions", "BUS-A", 0)), KINDS)))
                .containsExactly("0 [z] [z]");
        assertThat(texts(tenFive.apply(List.of(count("transactions", "BUS-A", 0)), KINDS)))
                .containsExactly("0 [z] [z]");
    }

    @Test
    void absentCombinationsStayAbsent() {
        List<IndicatorValue> values = List.of(count("transactions", "ALL", 20), count("transactions", "BUS-A", 20));

        assertThat(threshold.apply(values, KINDS)).extracting(PublishedValue::source).isEqualTo(values);
        assertThat(threshold.apply(List.of(), KINDS)).isEmpty();
    }

    @Test
    void aRateWithASmallPartHidesItsPartsToo() {
        List<PublishedValue> published = threshold.apply(List.of(
                rate("visit_completion_rate", 0.75, 3, 4), rate("visit_completion_rate", 0.5, 5, 10),
                rate("mean_feedback", 4.2, 42, 10), rate("mean_feedback", 2.5, 10, 4),
                rate("visit_completion_rate", 0, 0, 6)), KINDS);

        assertThat(texts(published)).containsExactly("[c] [c] [c]", "0.5 5 10", "4.2 42 10", "[c] [c] [c]",
                "0 0 6");
    }

    @Test
    void flagsAndMoneyAreNeverSuppressed() {
        List<PublishedValue> published = threshold.apply(List.of(
                figure("review_flag", "BUS-A", 1), figure("funding_gbp", "ALL", 3)), KINDS);

        assertThat(texts(published)).containsExactly("1 [z] [z]", "3 [z] [z]");
        assertThat(texts(tenFive.apply(List.of(figure("funding_gbp", "ALL", 12_345.67)), KINDS)))
                .containsExactly("12345.67 [z] [z]");
    }

    @Test
    void oneSuppressedLocationTakesTheSmallestPublishedNonZeroSiblingWithIt() {
        List<PublishedValue> published = threshold.apply(List.of(
                count("transactions", "ALL", 40), count("transactions", "BUS-A", 2),
                count("transactions", "BUS-B", 0), count("transactions", "BUS-C", 9),
                count("transactions", "BUS-D", 7), count("transactions", "BUS-E", 22)), KINDS);

        assertThat(texts(published)).containsExactly("40 [z] [z]", "[c] [z] [z]", "0 [z] [z]", "9 [z] [z]",
                "[c] [z] [z]", "22 [z] [z]");
    }

    @Test
    void equalSmallestSiblingsAreSettledByTheSmallestLocationCode() {
        List<PublishedValue> published = threshold.apply(List.of(
                count("transactions", "ALL", 30), count("transactions", "BUS-Z", 8),
                count("transactions", "BUS-Y", 8), count("transactions", "BUS-A", 1),
                count("transactions", "BUS-X", 13)), KINDS);

        assertThat(texts(published)).containsExactly("30 [z] [z]", "8 [z] [z]", "[c] [z] [z]", "[c] [z] [z]",
                "13 [z] [z]");
    }

    @Test
    void twoSuppressedLocationsNeedNothingMore() {
        List<PublishedValue> published = threshold.apply(List.of(
                count("transactions", "ALL", 30), count("transactions", "BUS-A", 1),
                count("transactions", "BUS-B", 3), count("transactions", "BUS-C", 26)), KINDS);

        assertThat(texts(published)).containsExactly("30 [z] [z]", "[c] [z] [z]", "[c] [z] [z]", "26 [z] [z]");
    }

    @Test
    void aSuppressedAllRowNeedsNothingMore() {
        List<PublishedValue> published = threshold.apply(List.of(
                count("transactions", "ALL", 4), count("transactions", "BUS-A", 1), count("transactions", "BUS-B", 3)),
                KINDS);

        assertThat(texts(published)).containsExactly("[c] [z] [z]", "[c] [z] [z]", "[c] [z] [z]");
    }

    @Test
    void zerosAreNeverChosenAndSometimesNothingIsLeftToChoose() {
        List<PublishedValue> published = threshold.apply(List.of(
                count("transactions", "ALL", 3), count("transactions", "BUS-A", 3), count("transactions", "BUS-B", 0)),
                KINDS);
        List<PublishedValue> onlyZeros = threshold.apply(List.of(
                count("transactions", "ALL", 5), count("transactions", "BUS-A", 0), count("transactions", "BUS-B", 2)),
                KINDS);

        assertThat(texts(published)).containsExactly("[c] [z] [z]", "[c] [z] [z]", "0 [z] [z]");
        assertThat(texts(onlyZeros)).containsExactly("5 [z] [z]", "0 [z] [z]", "[c] [z] [z]");
    }

    @Test
    void siblingsShareIndicatorServiceTopicPartnerAndPeriod() {
        List<PublishedValue> published = threshold.apply(List.of(
                count("transactions", "ALL", 30), count("transactions", "BUS-A", 2),
                count("transactions", "BUS-B", 28),
                new IndicatorValue("transactions", "ONE_STOP_BUS", "BUS-C", "TAX", "ALL", "MONTH", "2010-11", 6.0, null,
                        null),
                new IndicatorValue("transactions", "ONE_STOP_BUS", "BUS-D", "ALL", "ALL", "MONTH", "2010-12", 6.0, null,
                        null)), KINDS);

        assertThat(texts(published)).containsExactly("30 [z] [z]", "[c] [z] [z]", "[c] [z] [z]", "6 [z] [z]",
                "6 [z] [z]");
    }

    @Test
    void secondarySuppressionActsOnCountsOnly() {
        List<PublishedValue> published = threshold.apply(List.of(
                rate("visit_completion_rate", "ALL", 0.8, 16, 20), rate("visit_completion_rate", "BUS-A", 0.5, 2, 4),
                rate("visit_completion_rate", "BUS-B", 0.875, 14, 16)), KINDS);

        assertThat(texts(published)).containsExactly("0.8 16 20", "[c] [c] [c]", "0.875 14 16");
    }

    @Test
    void tenFiveSuppressesUnderTenRoundsCountsAndShowsRatesFromUnroundedFigures() {
        List<PublishedValue> published = tenFive.apply(List.of(
                count("transactions", "BUS-A", 9), count("transactions", "BUS-B", 10),
                count("transactions", "BUS-C", 12), count("transactions", "BUS-D", 13),
                rate("visit_completion_rate", 12.0 / 13, 12, 13), rate("visit_completion_rate", 0.9, 9, 10),
                rate("mean_feedback", 4.5, 45, 9)), KINDS);

        assertThat(texts(published)).containsExactly("[c] [z] [z]", "10 [z] [z]", "10 [z] [z]", "15 [z] [z]",
                12.0 / 13 + " 10 15", "[c] [c] [c]", "[c] [c] [c]");
    }

    @Test
    void tenFiveRoundsTheCountBelowACostButNotItsPoundsAbove() {
        List<PublishedValue> published = tenFive.apply(List.of(
                rate("cost_per_client", 318_471.23 / 1_234, 318_471.23, 1_234),
                rate("cost_per_transaction", 318_471.23 / 7, 318_471.23, 7),
                rate("cost_per_client", 3.0 / 20, 3, 20)), KINDS);

        assertThat(texts(published)).containsExactly(318_471.23 / 1_234 + " 318471.23 1235", "[c] [c] [c]",
                3.0 / 20 + " 3 20");
    }

    @Test
    void aCostIsSuppressedForASmallCountBelowItNeverForFewPounds() {
        List<PublishedValue> published = threshold.apply(List.of(
                rate("cost_per_client", 2_000.0 / 4, 2_000, 4), rate("cost_per_client", 3.0 / 50, 3, 50)), KINDS);

        assertThat(texts(published)).containsExactly("[c] [c] [c]", 3.0 / 50 + " 3 50");
    }

    @Test
    void tenFiveSuppressesSecondarilyToo() {
        List<PublishedValue> published = tenFive.apply(List.of(
                count("transactions", "ALL", 48), count("transactions", "BUS-A", 7),
                count("transactions", "BUS-B", 12), count("transactions", "BUS-C", 29)), KINDS);

        assertThat(texts(published)).containsExactly("50 [z] [z]", "[c] [z] [z]", "[c] [z] [z]", "30 [z] [z]");
    }

    @Test
    void anIndicatorWithoutADefinitionIsNamed() {
        assertThatThrownBy(() -> threshold.apply(List.of(count("mystery_count", "ALL", 5)), KINDS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mystery_count");
    }

    private static IndicatorValue count(String indicator, String location, double value) {
        return new IndicatorValue(indicator, "ONE_STOP_BUS", location, "ALL", "ALL", "MONTH", "2010-11", value, null,
                null);
    }

    private static IndicatorValue figure(String indicator, String location, double value) {
        return count(indicator, location, value);
    }

    private static IndicatorValue rate(String indicator, double value, double numerator, double denominator) {
        return rate(indicator, "BUS-A", value, numerator, denominator);
    }

    private static IndicatorValue rate(String indicator, String location, double value, double numerator,
                                       double denominator) {
        return new IndicatorValue(indicator, "ONE_STOP_BUS", location, "ALL", "ALL", "MONTH", "2010-11", value,
                numerator, denominator);
    }

    private static List<String> texts(List<PublishedValue> published) {
        return published.stream()
                .map(p -> p.value().text() + " " + p.numerator().text() + " " + p.denominator().text()).toList();
    }
}
