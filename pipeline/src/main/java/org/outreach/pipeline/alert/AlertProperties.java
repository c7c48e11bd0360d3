package org.outreach.pipeline.alert;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who hears of a failed run, or of one published with quality warnings. The SMTP server
 * itself is {@code outreach.alerts.mail.host}, {@code .port}, {@code .username} and
 * {@code .password}, handed to Spring Boot's mail support in application.yml.
 *
 * @param mail    e-mail, sent when {@code to} names someone
 * @param webhook a JSON POST (Teams or Slack incoming webhook), sent when {@code url} is set
 */
@ConfigurationProperties("outreach.alerts")
public record AlertProperties(@DefaultValue Mail mail, @DefaultValue Webhook webhook) {

    /**
     * @param from the sender address
     * @param to   the recipients
     */
    public record Mail(@DefaultValue("outreach@localhost") String from, List<String> to) {

        public boolean enabled() {
            return to != null && !to.isEmpty();
        }
    }

    /**
     * @param url     where to POST
     * @param timeout how long to wait for the webhook's answer
     */
    public record Webhook(URI url, @DefaultValue("10s") Duration timeout) {

        public boolean enabled() {
            return url != null;
        }
    }
}
