package org.outreach.ingest.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param maxRatio share of a file's records that may be quarantined before the file is
 *                 judged unreadable and its step fails (0 to 1)
 */
@ConfigurationProperties("outreach.quarantine")
public record QuarantineProperties(@DefaultValue("0.5") double maxRatio) {
}
