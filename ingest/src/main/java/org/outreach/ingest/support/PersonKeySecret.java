package org.outreach.ingest.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;

/**
 * Loads the HMAC secret from outside the repository: a literal (environment) or a file. With
 * the secret, the NI number space can be searched for a person's key; so, as ssh does with a
 * private key, a file that group or others may read is refused.
 */
public final class PersonKeySecret {

    private static final Set<PosixFilePermission> OWNER_ONLY = EnumSet.of(PosixFilePermission.OWNER_READ,
            PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE);

    private PersonKeySecret() {
    }

    /** Fails, naming the file and its mode, unless only its owner may read or write it. */
    public static void requireOwnerOnly(Path file) {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        Set<PosixFilePermission> permissions;
        try {
            permissions = Files.getPosixFilePermissions(file);
        } catch (IOException e) {
            throw new InsecureSecretFileException("outreach.secret-file: cannot read " + file + " (" + e + ")", e);
        }
        if (!OWNER_ONLY.containsAll(permissions)) {
            throw new InsecureSecretFileException("outreach.secret-file: " + file + " has mode " + octal(permissions)
                    + " (" + PosixFilePermissions.toString(permissions) + "): group or others may read the person-key"
                    + " secret; only its owner may (chmod 600 " + file + ")", null);
        }
    }

    private static String octal(Set<PosixFilePermission> permissions) {
        int mode = 0;
        for (PosixFilePermission permission : permissions) {
            mode |= 1 << (8 - permission.ordinal());
        }
        return String.format("%04o", mode);
    }

    public static byte[] load(String literal, Path file) {
        if (literal != null && !literal.isBlank()) {
            return literal.strip().getBytes(StandardCharsets.UTF_8);
        }
        if (file == null) {
            throw new IllegalStateException("no person-key secret: set outreach.secret-file or OUTREACH_SECRET");
        }
        requireOwnerOnly(file);
        try {
            return Files.readString(file, StandardCharsets.UTF_8).strip().getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("outreach.secret-file: cannot read " + file + " (" + e.getMessage() + ")", e);
        }
    }
}
