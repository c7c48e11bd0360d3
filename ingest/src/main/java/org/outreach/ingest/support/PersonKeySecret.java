package org.outreach.ingest.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Loads the HMAC secret from outside the repository: a literal (environment) or a file. */
public final class PersonKeySecret {

    private PersonKeySecret() {
    }

    public static byte[] load(String literal, Path file) {
        if (literal != null && !literal.isBlank()) {
            return literal.strip().getBytes(StandardCharsets.UTF_8);
        }
        if (file == null) {
            throw new IllegalStateException("no person-key secret: set outreach.secret-file or OUTREACH_SECRET");
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8).strip().getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("outreach.secret-file: cannot read " + file + " (" + e.getMessage() + ")", e);
        }
    }
}
