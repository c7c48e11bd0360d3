package org.outreach.pipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The nightly job refuses to start on a person-key secret that more than its owner may read. */
class SecretFileModeTest {

    @TempDir
    Path folder;

    @Test
    void aRunWithAWorldReadableSecretFileExitsTwoNamingTheFileAndItsMode() throws Exception {
        Path secret = Files.writeString(folder.resolve("person-key.secret"), "0123456789abcdef0123456789abcdef\n");
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-r--r--"));
        Path config = Files.writeString(folder.resolve("outreach.yml"), """
                outreach:
                  secret-file: %s
                  lake: %s
                  job-repository: { url: "jdbc:h2:mem:secret-mode-test" }
                """.formatted(secret, folder.resolve("lake")));

        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        int exit;
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            exit = OutreachCommand.execute("run", "--config", config.toString(), "--as-of", "2011-03-31");
        } finally {
            System.setErr(err);
        }

        assertThat(exit).isEqualTo(2);
        assertThat(captured.toString(StandardCharsets.UTF_8)).contains(secret.toString()).contains("mode 0644");
        assertThat(folder.resolve("lake")).as("nothing ran").doesNotExist();
    }
}
