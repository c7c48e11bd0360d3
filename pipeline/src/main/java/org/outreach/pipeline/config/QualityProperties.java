package org.outreach.pipeline.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the quality gate that runs before each publication.
 *
 * @param freshnessDays a source whose newest record is more than this many days before the
 *                      run's as-of date raises a warning (partners send monthly files)
 */
@ConfigurationProperties("outreach.quality")
public record QualityProperties(@DefaultValue("40") int freshnessDays) {
}
