package org.outreach.pipeline.transform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outreach.pipeline.cli.OutreachCommand;
import org.outreach.pipeline.job.DemoRunFixture;
import org.outreach.warehouse.WarehouseQuery;

/**
 * The nightly job in its own JVM, stopped during the transform as an operator or the
 * machine would: the Spark child must not outlive it, and the next run must end with the
 * figures of an uninterrupted one.
 */
class OrphanedTransformTest {

    /** The child watches its parent twice a second and then gets ten seconds for Spark's shutdown. */
    private static final Duration CHILD_GONE_WITHIN = Duration.ofSeconds(15);

    private DemoRunFixture estate;
    private Path config;

    @BeforeEach
    void givenTheDemoEstate() throws Exception {
        estate = DemoRunFixture.create();
        config = estate.configFile(Map.of());
    }

    @AfterEach
    void removeIt() throws Exception {
        estate.close();
    }

    @Test
    void aParentKilledDuringTheTransformTakesItsChildWithItAndTheRerunEndsWithTheSameFigures() throws Exception {
        Process parent = startRun();
        ProcessHandle child = transformChildOf(parent);
        String killedRunId = writerFile().orElseThrow().getParent().getFileName().toString();

        parent.destroyForcibly();   // SIGKILL: the parent can do nothing for its child

        assertThat(parent.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(child.onExit().completeOnTimeout(null, CHILD_GONE_WITHIN.toMillis(), TimeUnit.MILLISECONDS).join())
                .as("the orphaned transform stopped by itself").isNotNull();
        assertThat(run()).isZero();
        assertThat(new WarehouseQuery(estate.warehouse()).run("SELECT run_id FROM publication").rows())
                .as("the rerun restarted the killed run").containsExactly(List.of(killedRunId));
        List<List<Object>> rerun = estate.indicatorValues();
        assertThat(run()).as("a new, uninterrupted run").isZero();
        assertThat(rerun).isNotEmpty().isEqualTo(estate.indicatorValues());
    }

    @Test
    void aParentStoppedDuringTheTransformStopsItsChild() throws Exception {
        Process parent = startRun();
        ProcessHandle child = transformChildOf(parent);

        parent.destroy();   // SIGTERM, as systemctl stop sends

        assertThat(parent.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(child.isAlive()).as("stopped by the parent's shutdown hook, before the parent ended").isFalse();
    }

    /** {@code ./outreach run} in a JVM of its own, as the nightly timer starts it. */
    private Process startRun() throws Exception {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-cp", classpath, OutreachCommand.class.getName(),
                "run", "--config", config.toString(), "--as-of", DemoRunFixture.AS_OF.toString())
                .redirectErrorStream(true)
                .redirectOutput(estate.data().resolve("killed-run.out").toFile())
                .start();
    }

    private int run() {
        return OutreachCommand.execute("run", "--config", config.toString(), "--as-of", DemoRunFixture.AS_OF.toString());
    }

    /** Waits for the transform to be under way: its pid in the run folder's writer file, and a few seconds of work. */
    private ProcessHandle transformChildOf(Process parent) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        Optional<ProcessHandle> child = Optional.empty();
        while (child.isEmpty() && Instant.now().isBefore(deadline)) {
            assertThat(parent.isAlive()).as("the run is still going (see killed-run.out)").isTrue();
            child = writerPid().flatMap(ProcessHandle::of);
            Thread.sleep(200);
        }
        assertThat(child).as("a transform started").isPresent();
        assertThat(parent.descendants()).contains(child.get());
        Thread.sleep(8_000);
        assertThat(child.get().isAlive()).as("the transform is still running").isTrue();
        return child.get();
    }

    private Optional<Long> writerPid() throws Exception {
        Optional<Path> file = writerFile();
        if (file.isEmpty()) {
            return Optional.empty();
        }
        String pid = Files.readString(file.get()).strip();
        return pid.matches("\\d+") ? Optional.of(Long.parseLong(pid)) : Optional.empty();
    }

    /** {@code <lake>/runs/<run id>/_OUTREACH_WRITER}, once the transform has taken it. */
    private Optional<Path> writerFile() throws Exception {
        Path runs = estate.lake().resolve("runs");
        if (!Files.isDirectory(runs)) {
            return Optional.empty();
        }
        try (Stream<Path> folders = Files.list(runs)) {
            return folders.map(folder -> folder.resolve(SparkTransformLauncher.WRITER_LOCK_FILE))
                    .filter(Files::isRegularFile).findFirst();
        }
    }
}
