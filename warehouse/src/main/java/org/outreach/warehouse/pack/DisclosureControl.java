package org.outreach.warehouse.pack;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.outreach.datasets.IndicatorKind;

/**
 * Statistical disclosure control of indicator_values for funders (INDICATORS.md rules 20
 * to 22): the policy suppresses (and, under 10-5, rounds) single figures, then one pass of
 * secondary suppression keeps a suppressed location count from being worked out by
 * subtraction from its ALL row.
 *
 * <p>Secondary suppression applies under both policies: rule 21 is stated for disclosure
 * control as a whole, and a 10-5 pack is as open to subtraction as a threshold one (rounding
 * blurs it, but only by up to half the base per cell). It compares exact figures, so the
 * cell chosen does not depend on rounding.
 *
 * <p>Rows are never added or removed: a combination with no records stays absent.
 */
final class DisclosureControl {

    private final DisclosurePolicy policy;

    DisclosureControl(DisclosurePolicy policy) {
        this.policy = policy;
    }

    /** The published rows, one per input row, in the input's order. */
    List<PublishedValue> apply(List<IndicatorValue> values, Map<String, IndicatorKind> kinds) {
        PublishedValue[] published = new PublishedValue[values.size()];
        Map<Siblings, List<Integer>> countGroups = new LinkedHashMap<>();
        for (int i = 0; i < values.size(); i++) {
            IndicatorValue value = values.get(i);
            IndicatorKind kind = kinds.get(value.indicator());
            if (kind == null) {
                throw new IllegalArgumentException("indicator " + value.indicator()
                        + " has no row in indicator_definitions, so its kind and definition are unknown");
            }
            published[i] = primary(value, kind);
            if (kind == IndicatorKind.COUNT) {
                countGroups.computeIfAbsent(Siblings.of(value), k -> new ArrayList<>()).add(i);
            }
        }
        for (List<Integer> group : countGroups.values()) {
            secondary(group, published);
        }
        return Arrays.asList(published);
    }

    private PublishedValue primary(IndicatorValue value, IndicatorKind kind) {
        Cell numerator = Cell.ofPart(value.numerator());
        Cell denominator = Cell.ofPart(value.denominator());
        if (value.value() == null) {
            return new PublishedValue(value, new Cell(null, Cell.Symbol.NOT_AVAILABLE), numerator, denominator);
        }
        return switch (kind) {
            case FLAG, MONEY -> new PublishedValue(value, Cell.of(value.value()), numerator, denominator);
            case COUNT -> new PublishedValue(value, policy.suppresses(value.value()) ? Cell.CONFIDENTIAL
                    : Cell.of(policy.shown(value.value())), numerator, denominator);
            case RATE, MEAN -> hidesAPart(value.numerator()) || hidesAPart(value.denominator())
                    ? new PublishedValue(value, Cell.CONFIDENTIAL, Cell.CONFIDENTIAL, Cell.CONFIDENTIAL)
                    : new PublishedValue(value, Cell.of(value.value()), shownPart(value.numerator()),
                            shownPart(value.denominator()));
            // Pounds are not people: the funding numerator stays exact, only the count below it is judged.
            case COST -> hidesAPart(value.denominator())
                    ? new PublishedValue(value, Cell.CONFIDENTIAL, Cell.CONFIDENTIAL, Cell.CONFIDENTIAL)
                    : new PublishedValue(value, Cell.of(value.value()), numerator, shownPart(value.denominator()));
        };
    }

    private boolean hidesAPart(Double countPart) {
        return countPart != null && policy.suppresses(countPart);
    }

    private Cell shownPart(Double part) {
        return part == null ? Cell.ofPart(null) : Cell.of(policy.shown(part));
    }

    /** Rule 21, once: the published ALL row and exactly one suppressed location row make a second suppression. */
    private static void secondary(List<Integer> group, PublishedValue[] published) {
        Optional<PublishedValue> all = group.stream().map(i -> published[i])
                .filter(p -> IndicatorValue.ALL.equals(p.source().locationCode())).findFirst();
        if (all.isEmpty() || all.get().suppressed()) {
            return;
        }
        List<Integer> locations = group.stream()
                .filter(i -> !IndicatorValue.ALL.equals(published[i].source().locationCode())).toList();
        if (locations.stream().filter(i -> published[i].suppressed()).count() != 1) {
            return;
        }
        locations.stream()
                .filter(i -> !published[i].suppressed() && published[i].source().value() != null
                        && published[i].source().value() != 0)
                .min(Comparator.<Integer>comparingDouble(i -> published[i].source().value())
                        .thenComparing(i -> published[i].source().locationCode()))
                .ifPresent(i -> published[i] = new PublishedValue(published[i].source(), Cell.CONFIDENTIAL,
                        published[i].numerator(), published[i].denominator()));
    }

    /** The rows one ALL row sums up: everything but the location the same. */
    private record Siblings(String indicator, String service, String topic, String partner, String periodType,
                            String period) {

        static Siblings of(IndicatorValue value) {
            return new Siblings(value.indicator(), value.service(), value.topic(), value.partner(),
                    value.periodType(), value.period());
        }
    }
}
