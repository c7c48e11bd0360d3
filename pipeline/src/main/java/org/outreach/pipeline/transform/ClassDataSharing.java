package org.outreach.pipeline.transform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A class data sharing archive of the classes the transform's JVM loads (Spark brings most
 * of them): the first run after a build writes it as it exits, the later runs map it
 * instead of loading and verifying each class again. On the demo this saves the child about
 * a tenth of its CPU (docs/benchmarks.md). The archive is rewritten once a jar of the
 * classpath or the JDK is newer than it; the JVM itself refuses an archive that does not
 * match its classpath, and then runs as if there were none.
 */
final class ClassDataSharing {

    /** The JVM's notes on classes it cannot archive (signed jars, generated classes) are not news. */
    private static final List<String> QUIET = List.of("-Xlog:cds*=off", "-Xlog:cds+dynamic*=off");

    private final Path archive;
    private final List<Path> inputs;

    /**
     * @param archive where the archive lives (beside the transform's jar)
     * @param inputs  the files the archive is made from: the classpath's jars and the JDK's modules
     */
    ClassDataSharing(Path archive, List<Path> inputs) {
        this.archive = archive;
        this.inputs = List.copyOf(inputs);
    }

    /** For the transform built under {@code target}: its jar, the jars in {@code lib}, and this JDK. */
    static ClassDataSharing forBuild(Path target) {
        List<Path> inputs = new ArrayList<>();
        inputs.add(target.resolve("outreach-transform.jar"));
        Path lib = target.resolve("lib");
        if (Files.isDirectory(lib)) {
            try (DirectoryStream<Path> jars = Files.newDirectoryStream(lib, "*.jar")) {
                jars.forEach(inputs::add);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + lib, e);
            }
        }
        inputs.add(Path.of(System.getProperty("java.home"), "lib", "modules"));
        return new ClassDataSharing(target.resolve("outreach-transform.jsa"), inputs);
    }

    /** One launch of the child: its JVM flags, and what to do with the archive once it has exited. */
    Launch launch(long launcherPid) {
        if (current()) {
            return new Launch(flags("-XX:SharedArchiveFile=" + archive), null, archive);
        }
        Path written = archive.resolveSibling(archive.getFileName() + "." + launcherPid + ".tmp");
        return new Launch(flags("-XX:ArchiveClassesAtExit=" + written), written, archive);
    }

    private boolean current() {
        try {
            if (!Files.isRegularFile(archive)) {
                return false;
            }
            FileTime made = Files.getLastModifiedTime(archive);
            for (Path input : inputs) {
                if (Files.exists(input) && Files.getLastModifiedTime(input).compareTo(made) > 0) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static List<String> flags(String archiveFlag) {
        List<String> flags = new ArrayList<>(QUIET.size() + 1);
        flags.add(archiveFlag);
        flags.addAll(QUIET);
        return flags;
    }

    /**
     * @param written the archive this launch writes as the child exits, or null if it only reads one
     * @param archive where a written archive goes once the child has succeeded
     */
    record Launch(List<String> jvmFlags, Path written, Path archive) {

        /**
         * After the child has exited: an archive written by a successful run replaces the
         * old one in one move; any other is deleted (a killed child leaves a partial file).
         */
        void finish(int exitStatus) {
            if (written == null) {
                return;
            }
            try {
                if (exitStatus == 0 && Files.isRegularFile(written) && Files.size(written) > 0) {
                    Files.move(written, archive, StandardCopyOption.REPLACE_EXISTING,
                            StandardCopyOption.ATOMIC_MOVE);
                } else {
                    Files.deleteIfExists(written);
                }
            } catch (IOException e) {
                // Only a speed-up: the next run writes it again.
                try {
                    Files.deleteIfExists(written);
                } catch (IOException ignored) {
                    // nothing more to do
                }
            }
        }
    }
}
