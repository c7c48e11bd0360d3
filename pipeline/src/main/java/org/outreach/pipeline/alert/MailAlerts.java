package org.outreach.pipeline.alert;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/** Alerts by e-mail, through Spring Boot's mail sender (the SMTP server of {@code outreach.alerts.mail.host}). */
@Component
class MailAlerts implements AlertChannel {

    private final AlertProperties.Mail mail;
    private final ObjectProvider<JavaMailSender> sender;

    MailAlerts(AlertProperties properties, ObjectProvider<JavaMailSender> sender) {
        this.mail = properties.mail();
        this.sender = sender;
    }

    @Override
    public String describe() {
        return "mail to " + String.join(", ", mail.to());
    }

    @Override
    public boolean enabled() {
        return mail.enabled();
    }

    @Override
    public void send(RunAlert alert) {
        JavaMailSender smtp = sender.getIfAvailable();
        if (smtp == null) {
            throw new IllegalStateException("no SMTP server: set outreach.alerts.mail.host");
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(mail.from());
        message.setTo(mail.to().toArray(String[]::new));
        message.setSubject(alert.subject());
        message.setText(alert.text());
        smtp.send(message);
    }
}
