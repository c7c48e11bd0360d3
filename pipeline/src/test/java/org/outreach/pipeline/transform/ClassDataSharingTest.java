package org.outreach.pipeline.transform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassDataSharingTest {

    @TempDir
    Path dir;

    @Test
    void theFirstRunWritesTheArchiveAndTheNextOnesReadIt() throws Exception {
        Path jar = Files.writeString(dir.resolve("outreach-transform.jar"), "jar");
        ClassDataSharing sharing = new ClassDataSharing(dir.resolve("outreach-transform.jsa"), List.of(jar));

        ClassDataSharing.Launch first = sharing.launch(42);
        assertThat(first.written()).isNotNull();
        assertThat(first.jvmFlags()).first().isEqualTo("-XX:ArchiveClassesAtExit=" + first.written());
        assertThat(java(first.jvmFlags())).isZero();
        first.finish(0);

        assertThat(dir.resolve("outreach-transform.jsa")).isNotEmptyFile();
        assertThat(first.written()).doesNotExist();
        ClassDataSharing.Launch second = sharing.launch(42);
        assertThat(second.written()).isNull();
        assertThat(second.jvmFlags()).first()
                .isEqualTo("-XX:SharedArchiveFile=" + dir.resolve("outreach-transform.jsa"));
        // -Xshare:on makes the JVM fail rather than run without an archive it cannot map.
        List<String> strict = new ArrayList<>(second.jvmFlags());
        strict.add("-Xshare:on");
        assertThat(java(strict)).isZero();
    }

    @Test
    void aFailedOrKilledRunLeavesNoArchive() throws Exception {
        ClassDataSharing sharing = new ClassDataSharing(dir.resolve("outreach-transform.jsa"), List.of());
        ClassDataSharing.Launch launch = sharing.launch(7);
        Files.writeString(launch.written(), "partial");

        launch.finish(137);

        assertThat(launch.written()).doesNotExist();
        assertThat(dir.resolve("outreach-transform.jsa")).doesNotExist();
        assertThat(sharing.launch(7).written()).isNotNull();
    }

    @Test
    void aJarNewerThanTheArchiveHasItWrittenAgain() throws Exception {
        Path jar = Files.writeString(dir.resolve("spark-core.jar"), "jar");
        Path archive = Files.writeString(dir.resolve("outreach-transform.jsa"), "archive");
        Files.setLastModifiedTime(archive, FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));
        Files.setLastModifiedTime(jar, FileTime.from(Instant.parse("2025-12-31T00:00:00Z")));
        ClassDataSharing sharing = new ClassDataSharing(archive, List.of(jar));
        assertThat(sharing.launch(1).written()).isNull();

        Files.setLastModifiedTime(jar, FileTime.from(Instant.parse("2026-01-02T00:00:00Z")));

        assertThat(sharing.launch(1).written()).isNotNull();
    }

    @Test
    void theBuildsArchiveCoversItsJarsAndTheJdk() throws Exception {
        Files.createDirectories(dir.resolve("lib"));
        Files.writeString(dir.resolve("outreach-transform.jar"), "jar");
        Path archive = Files.writeString(dir.resolve("outreach-transform.jsa"), "archive");
        Path lib = Files.writeString(dir.resolve("lib/spark-core.jar"), "jar");
        Files.setLastModifiedTime(archive, FileTime.from(Instant.now().plusSeconds(60)));
        assertThat(ClassDataSharing.forBuild(dir).launch(1).written()).isNull();

        Files.setLastModifiedTime(lib, FileTime.from(Instant.now().plusSeconds(120)));

        assertThat(ClassDataSharing.forBuild(dir).launch(1).written()).isNotNull();
    }

    private static int java(List<String> flags) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(flags);
        command.add("-version");
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return process.exitValue();
    }
}
