package org.outreach.pipeline.cli;

import org.outreach.ingest.config.IngestProperties;
import org.outreach.ingest.support.InsecureSecretFileException;
import org.outreach.ingest.support.PersonKeySecret;
import org.springframework.context.ConfigurableApplicationContext;

/** Commands that key persons refuse to start on a secret file others may read (exit 2), as ssh does. */
final class SecretFileCheck {

    private SecretFileCheck() {
    }

    static void require(ConfigurableApplicationContext context) {
        IngestProperties ingest = context.getBean(IngestProperties.class);
        if (ingest.secret() != null && !ingest.secret().isBlank()) {
            return;
        }
        if (ingest.secretFile() == null) {
            throw new ConfigurationException("outreach.secret-file: not set (nor OUTREACH_SECRET)");
        }
        try {
            PersonKeySecret.requireOwnerOnly(ingest.secretFile());
        } catch (InsecureSecretFileException e) {
            throw new ConfigurationException(e.getMessage(), e);
        }
    }
}
