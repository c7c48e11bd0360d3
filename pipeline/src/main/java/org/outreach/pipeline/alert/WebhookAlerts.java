package org.outreach.pipeline.alert;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Alerts as a JSON POST. {@code text} holds the whole message, which is what Slack's and
 * Teams' incoming webhooks show; the other fields are there for tools that route alerts.
 */
@Component
class WebhookAlerts implements AlertChannel {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final AlertProperties.Webhook webhook;

    WebhookAlerts(AlertProperties properties) {
        this.webhook = properties.webhook();
    }

    @Override
    public String describe() {
        return "webhook " + webhook.url();
    }

    @Override
    public boolean enabled() {
        return webhook.enabled();
    }

    @Override
    public void send(RunAlert alert) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(webhook.timeout()).build();
        HttpRequest request = HttpRequest.newBuilder(webhook.url())
                .timeout(webhook.timeout())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body(alert))))
                .build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IOException("the webhook answered HTTP " + response.statusCode());
        }
    }

    static Map<String, Object> body(RunAlert alert) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("text", alert.text());
        body.put("outcome", alert.outcome().name());
        body.put("run_id", alert.runId());
        body.put("as_of", alert.asOf().toString());
        body.put("step", alert.step());
        body.put("reason", alert.reason());
        body.put("checks", alert.checks().stream().map(check -> {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("name", check.name());
            fields.put("severity", check.severity());
            fields.put("failing_rows", check.failingRows());
            fields.put("example", check.example().orElse(null));
            return fields;
        }).toList());
        body.put("see_more", alert.seeMore());
        return body;
    }
}
