package org.outreach.pipeline.config;

import org.outreach.warehouse.pack.DisclosurePolicy;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The funder pack: who funders contact, and the disclosure control applied (INDICATORS.md,
 * "Publication to funders").
 *
 * @param contact    printed on the pack's cover sheet
 * @param disclosure which policy, with its thresholds
 */
@ConfigurationProperties("outreach.funder-pack")
public record FunderPackProperties(
        @DefaultValue("Outreach Warehouse team, Breckland Council") String contact,
        @DefaultValue Disclosure disclosure) {

    public enum Policy { THRESHOLD, TEN_FIVE }

    /**
     * @param policy    {@code threshold} (counts from 1 to {@code threshold} suppressed) or
     *                  {@code ten-five} (the ONS 10-5 rule)
     * @param threshold the largest count the threshold policy suppresses
     * @param tenFive   the 10-5 rule's limit and rounding base
     */
    public record Disclosure(@DefaultValue("threshold") Policy policy, @DefaultValue("4") int threshold,
                             @DefaultValue TenFive tenFive) {

        public DisclosurePolicy toPolicy() {
            return switch (policy) {
                case THRESHOLD -> DisclosurePolicy.threshold(threshold);
                case TEN_FIVE -> DisclosurePolicy.tenFive(tenFive.under(), tenFive.roundTo());
            };
        }
    }

    /** @param under counts below it are suppressed; @param roundTo other counts are rounded to a multiple of it */
    public record TenFive(@DefaultValue("10") int under, @DefaultValue("5") int roundTo) {
    }
}
