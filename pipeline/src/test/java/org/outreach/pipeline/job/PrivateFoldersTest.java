package org.outreach.pipeline.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrivateFoldersTest {

    @TempDir
    Path root;

    @Test
    void createsFoldersAndTheirMissingParentsGroupReadableAtMost() throws Exception {
        Path lake = root.resolve("srv/outreach/lake");

        PrivateFolders.create(lake);

        assertThat(mode(lake)).isEqualTo("rwxr-x---");
        assertThat(mode(lake.getParent())).isEqualTo("rwxr-x---");
    }

    @Test
    void leavesAnAdministratorsFolderAsItIs() throws Exception {
        Path extracts = Files.createDirectory(root.resolve("extracts"));
        Files.setPosixFilePermissions(extracts, PosixFilePermissions.fromString("rwxrwxr-x"));

        PrivateFolders.create(extracts);

        assertThat(mode(extracts)).isEqualTo("rwxrwxr-x");
    }

    private static String mode(Path folder) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(folder));
    }
}
