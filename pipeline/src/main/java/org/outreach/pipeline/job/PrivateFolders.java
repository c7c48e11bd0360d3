package org.outreach.pipeline.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lake, the warehouse's folder, the extracts and the logs are created {@code rwxr-x---}:
 * the service's user writes, its group (analysts) reads, others see nothing, whatever the
 * files inside are created with. A folder that already exists is the administrator's: it is
 * left as it is, with a warning when others can read it.
 */
public final class PrivateFolders {

    public static final String MODE = "rwxr-x---";
    private static final Logger log = LoggerFactory.getLogger(PrivateFolders.class);
    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private PrivateFolders() {
    }

    public static void create(Path... folders) {
        for (Path folder : folders) {
            try {
                create(folder.toAbsolutePath().normalize());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create " + folder, e);
            }
        }
    }

    private static void create(Path folder) throws IOException {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createDirectories(folder);
            return;
        }
        if (Files.isDirectory(folder)) {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(folder);
            if (permissions.stream().anyMatch(OTHERS::contains)) {
                log.warn("{} is open to every user of this machine ({}); consider chmod o-rwx", folder,
                        PosixFilePermissions.toString(permissions));
            }
            return;
        }
        Path parent = folder.getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            create(parent);
        }
        Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(MODE)));
        // The umask may have taken more than we asked for, never given more: set it exactly.
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString(MODE));
    }
}
