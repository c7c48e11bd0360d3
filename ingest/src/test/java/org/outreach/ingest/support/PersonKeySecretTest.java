package org.outreach.ingest.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersonKeySecretTest {

    @TempDir
    Path folder;

    @Test
    void readsASecretFileOnlyItsOwnerMayRead() throws Exception {
        Path file = secretFile("rw-------");

        assertThat(PersonKeySecret.load(null, file)).asString().isEqualTo("0123456789abcdef0123456789abcdef");
    }

    @Test
    void refusesASecretFileTheGroupMayRead() throws Exception {
        Path file = secretFile("rw-r-----");

        assertThatThrownBy(() -> PersonKeySecret.load(null, file)).isInstanceOf(InsecureSecretFileException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("mode 0640");
    }

    @Test
    void refusesAWorldReadableSecretFile() throws Exception {
        Path file = secretFile("rw-r--r--");

        assertThatThrownBy(() -> PersonKeySecret.requireOwnerOnly(file))
                .hasMessageContaining("mode 0644").hasMessageContaining("chmod 600 " + file);
    }

    @Test
    void aSecretFromTheEnvironmentNeedsNoFile() {
        assertThat(PersonKeySecret.load("from-the-environment-0123", folder.resolve("absent"))).asString()
                .isEqualTo("from-the-environment-0123");
    }

    private Path secretFile(String mode) throws Exception {
        Path file = Files.writeString(folder.resolve("person-key.secret"), "0123456789abcdef0123456789abcdef\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));
        return file;
    }
}
