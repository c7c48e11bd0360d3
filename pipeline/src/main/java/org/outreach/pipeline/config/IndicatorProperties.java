package org.outreach.pipeline.config;

import org.outreach.datasets.ReviewThreshold;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the indicators' definitions (INDICATORS.md).
 *
 * @param reviewThreshold transactions per visit below which a bus stop-month counts towards review_flag
 */
@ConfigurationProperties("outreach.indicators")
public record IndicatorProperties(@DefaultValue(ReviewThreshold.DEFAULT) double reviewThreshold) {
}
