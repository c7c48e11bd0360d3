package org.outreach.warehouse.pack;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Which figures a funder pack may publish (INDICATORS.md, "Publication to funders" and
 * rules 20 to 22). A policy judges single figures; {@link DisclosureControl} applies it to
 * a table, including the secondary suppression both policies share.
 */
public sealed interface DisclosurePolicy {

    /** Counts from 1 to {@code upTo} suppressed; the spec's default is 4. */
    static DisclosurePolicy threshold(int upTo) {
        return new Threshold(upTo);
    }

    /** The ONS 10-5 rule: counts under {@code under} suppressed, others rounded to the nearest {@code roundTo}. */
    static DisclosurePolicy tenFive(int under, int roundTo) {
        return new TenFive(under, roundTo);
    }

    /**
     * Whether a count, or a part of a rate or mean, is too small to publish. Figures are
     * whole numbers but read as doubles: any positive figure below the limit counts, so a
     * fraction never slips through.
     */
    boolean suppresses(double figure);

    /** The count as published once it passed {@link #suppresses}. */
    double shown(double count);

    /** A sentence for the pack's notes and manifest. */
    String describe();

    /** What the pack's rounding is, for its notes. */
    String rounding();

    record Threshold(int upTo) implements DisclosurePolicy {

        public Threshold {
            if (upTo < 1) {
                throw new IllegalArgumentException("a threshold suppresses counts from 1 up to at least 1, not " + upTo);
            }
        }

        @Override
        public boolean suppresses(double figure) {
            return figure > 0 && figure < upTo + 1;
        }

        @Override
        public double shown(double count) {
            return count;
        }

        @Override
        public String describe() {
            return "Threshold rule: a count from 1 to " + upTo + " is not published ([c]), nor is a rate or mean"
                    + " whose numerator or denominator is from 1 to " + upTo + " (its numerator and denominator are"
                    + " hidden too); zero is published; review_flag and funding_gbp are never suppressed.";
        }

        @Override
        public String rounding() {
            return "None: counts are exact, rates and means are unrounded decimals.";
        }
    }

    record TenFive(int under, int roundTo) implements DisclosurePolicy {

        public TenFive {
            if (under < 2 || roundTo < 1) {
                throw new IllegalArgumentException("the 10-5 rule needs a limit of 2 or more and a rounding base of 1"
                        + " or more, not " + under + " and " + roundTo);
            }
        }

        @Override
        public boolean suppresses(double figure) {
            return figure > 0 && figure < under;
        }

        @Override
        public double shown(double count) {
            BigDecimal base = BigDecimal.valueOf(roundTo);
            return BigDecimal.valueOf(count).divide(base, 0, RoundingMode.HALF_UP).multiply(base).doubleValue();
        }

        @Override
        public String describe() {
            return "ONS 10-5 rule: a count from 1 to " + (under - 1) + " is not published ([c]) and other counts are"
                    + " rounded to the nearest " + roundTo + "; a rate or mean is computed from unrounded figures and"
                    + " not published when its numerator or denominator is from 1 to " + (under - 1) + "; zero is"
                    + " published; review_flag and funding_gbp are never suppressed nor rounded, nor is the funding"
                    + " numerator of cost_per_transaction and cost_per_client (pounds are not counts).";
        }

        @Override
        public String rounding() {
            return "Counts, and the numerator and denominator of rates and means, are rounded to the nearest " + roundTo
                    + " (halves up); rates and means are computed from the unrounded figures, so they may differ"
                    + " from the ratio of the rounded parts. review_flag, funding_gbp and the funding numerator of"
                    + " cost_per_transaction and cost_per_client (pounds, not counts) are not rounded.";
        }
    }
}
