package org.outreach.pipeline.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoSecretTest {

    @TempDir
    Path demo;

    @Test
    void theDemoWritesItsSecretForItsOwnerOnly() throws Exception {
        Path file = demo.resolve("person-key.secret");

        DemoEstate.ensureSecret(file);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.readString(file).strip()).hasSize(64);
    }

    @Test
    void anOlderDemosWorldReadableSecretIsTightenedAndKept() throws Exception {
        Path file = Files.writeString(demo.resolve("person-key.secret"), "kept-0123456789abcdef\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        DemoEstate.ensureSecret(file);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.readString(file)).isEqualTo("kept-0123456789abcdef\n");
    }
}
