package org.outreach.ingest.config;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where ingest writes and what it keys persons with.
 *
 * @param lake       root of the Parquet lake; raw datasets go under {@code raw/}
 * @param reference  folder of the analysts' reference CSV files
 * @param secretFile file holding the HMAC secret for person keys, outside version control
 * @param secret     the secret itself, for environments that inject it ({@code OUTREACH_SECRET})
 */
@ConfigurationProperties("outreach")
public record IngestProperties(Path lake, Path reference, Path secretFile, String secret) {
}
