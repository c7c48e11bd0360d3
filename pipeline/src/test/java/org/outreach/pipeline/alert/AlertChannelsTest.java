package org.outreach.pipeline.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.internet.MimeMessage;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.outreach.pipeline.alert.RunAlert.FailedCheck;
import org.outreach.pipeline.alert.RunAlert.Outcome;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** The two channels against a real SMTP server (GreenMail) and a real HTTP server (the JDK's). */
class AlertChannelsTest {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final RunAlert ALERT = new RunAlert(Outcome.FAILED, "20110331T020000000", LocalDate.of(2011, 3, 31),
            "qualityGateStep", "quality gate: 1 blocking check failed",
            List.of(new FailedCheck("transactions_location_exists", "BLOCKING", 1,
                    Optional.of("transaction_key=CRM:990001, location_code=BUS-NOWHERE"))),
            List.of("./outreach status [--config FILE]", "the run's log: /srv/outreach/logs/outreach-20110331T020000000.log"));

    private HttpServer http;

    @AfterEach
    void stopHttp() {
        if (http != null) {
            http.stop(0);
        }
    }

    @Test
    void mailsTheRunStepReasonChecksAndWhereToLook() throws Exception {
        MailAlerts mail = new MailAlerts(properties(List.of("ops@example.org", "lead@example.org"), null),
                sender(smtp.getSmtp().getPort()));

        mail.send(ALERT);

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(2);
        assertThat(received[0].getSubject()).isEqualTo("Outreach nightly run 20110331T020000000 FAILED at qualityGateStep");
        String body = GreenMailUtil.getBody(received[0]);
        assertThat(body).contains("As of:  2011-03-31").contains("Reason: quality gate: 1 blocking check failed")
                .contains("transactions_location_exists (BLOCKING, 1 row), e.g. transaction_key=CRM:990001,"
                        + " location_code=BUS-NOWHERE")
                .contains("./outreach status");
    }

    @Test
    void postsTheAlertAsJson() throws Exception {
        List<String> bodies = new CopyOnWriteArrayList<>();
        List<String> contentTypes = new CopyOnWriteArrayList<>();
        http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        http.createContext("/hook", exchange -> {
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            contentTypes.add(exchange.getRequestHeaders().getFirst("Content-Type"));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        http.start();
        WebhookAlerts webhook = new WebhookAlerts(properties(null, hook("/hook")));

        webhook.send(ALERT);

        assertThat(contentTypes).containsExactly("application/json");
        JsonNode json = new ObjectMapper().readTree(bodies.get(0));
        assertThat(json.get("text").asText()).startsWith("Outreach nightly run 20110331T020000000 FAILED");
        assertThat(json.get("run_id").asText()).isEqualTo("20110331T020000000");
        assertThat(json.get("as_of").asText()).isEqualTo("2011-03-31");
        assertThat(json.get("step").asText()).isEqualTo("qualityGateStep");
        assertThat(json.get("checks").get(0).get("name").asText()).isEqualTo("transactions_location_exists");
        assertThat(json.get("checks").get(0).get("example").asText()).contains("BUS-NOWHERE");
        assertThat(json.get("see_more")).hasSize(2);
    }

    @Test
    void aWebhookThatAnswersAnErrorIsAFailedSend() throws Exception {
        http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        http.createContext("/hook", exchange -> {
            exchange.sendResponseHeaders(500, -1);
            exchange.close();
        });
        http.start();

        assertThatThrownBy(() -> new WebhookAlerts(properties(null, hook("/hook"))).send(ALERT))
                .hasMessageContaining("HTTP 500");
    }

    @Test
    void eachChannelIsOnOnlyWhenConfigured() {
        assertThat(new MailAlerts(properties(null, null), sender(25)).enabled()).isFalse();
        assertThat(new WebhookAlerts(properties(null, null)).enabled()).isFalse();
        assertThat(new MailAlerts(properties(List.of("ops@example.org"), null), sender(25)).enabled()).isTrue();
        assertThat(new WebhookAlerts(properties(null, URI.create("http://127.0.0.1:1/"))).enabled()).isTrue();
    }

    private URI hook(String path) {
        return URI.create("http://127.0.0.1:" + http.getAddress().getPort() + path);
    }

    static AlertProperties properties(List<String> to, URI webhook) {
        return new AlertProperties(new AlertProperties.Mail("outreach@example.org", to),
                new AlertProperties.Webhook(webhook, Duration.ofSeconds(5)));
    }

    static org.springframework.beans.factory.ObjectProvider<JavaMailSender> sender(int port) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("mailSender", sender);
        return beans.getBeanProvider(JavaMailSender.class);
    }
}
