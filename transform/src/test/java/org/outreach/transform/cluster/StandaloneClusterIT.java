package org.outreach.transform.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.outreach.transform.SharedSpark;
import org.outreach.transform.TransformArguments;
import org.outreach.transform.TransformJob;
import org.outreach.transform.support.Rows;

/**
 * The transform, unchanged, on a real Spark standalone cluster: a master and two workers on
 * 127.0.0.1 started from the jars the build already has (a SPARK_HOME whose jars/ links to
 * target/lib and the transform jar), the driver a child JVM with {@code --master
 * spark://...}; its indicator_values must equal the local[*] run's over the same raw lake.
 * Without executors registering, the driver would wait for resources and time out.
 */
class StandaloneClusterIT {

    private static final Path TARGET = Path.of("target").toAbsolutePath();
    private static final LocalDate AS_OF = LocalDate.of(2011, 3, 31);
    private static final List<Process> cluster = new ArrayList<>();
    private static Path work;
    private static Path sparkHome;
    private static String masterUrl;

    @BeforeAll
    static void startCluster() throws Exception {
        work = Files.createTempDirectory("outreach-cluster-");
        sparkHome = Files.createDirectories(work.resolve("spark-home/jars"));
        try (Stream<Path> jars = Files.list(TARGET.resolve("lib"))) {
            for (Path jar : jars.toList()) {
                Files.createSymbolicLink(sparkHome.resolve(jar.getFileName()), jar);
            }
        }
        Files.createSymbolicLink(sparkHome.resolve("outreach-transform.jar"), TARGET.resolve("outreach-transform.jar"));
        sparkHome = sparkHome.getParent();
        int port = freePort();
        masterUrl = "spark://127.0.0.1:" + port;
        cluster.add(start("master", "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1", "--port",
                Integer.toString(port), "--webui-port", Integer.toString(freePort())));
        awaitPort(port);
        for (int i = 1; i <= 2; i++) {
            cluster.add(start("worker-" + i, "org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1",
                    "--cores", "1", "--memory", "1g", "--webui-port", Integer.toString(freePort()), "--work-dir",
                    Files.createDirectories(work.resolve("worker-" + i)).toString(), masterUrl));
        }
    }

    @AfterAll
    static void stopCluster() throws IOException {
        for (Process process : cluster) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
        }
        try (Stream<Path> files = Files.walk(work)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    @Test
    void theClusterRunEqualsTheLocalRun() throws Exception {
        Path lake = work.resolve("lake");
        writeRawLake(lake);
        Path clusterOutput = work.resolve("cluster");
        Process driver = start("driver", "org.outreach.transform.TransformApplication",
                "--lake", lake.toString(), "--output", clusterOutput.toString(),
                "--as-of", AS_OF.toString(), "--master", masterUrl);
        // The local run goes on while the driver starts and waits for its executors.
        Path localOutput = work.resolve("local");
        new TransformJob(SharedSpark.get(), new TransformArguments(lake.toString(), localOutput.toString(), AS_OF, null, 2.0)).run();

        // A guard against a hung cluster, not a timing: on a loaded two-core machine the run can take minutes.
        assertThat(driver.waitFor(10, TimeUnit.MINUTES)).as("driver finished").isTrue();
        assertThat(driver.exitValue()).as("driver exit status; see " + work.resolve("driver.log")).isZero();

        SparkSession spark = SharedSpark.get();
        Dataset<Row> local = spark.read().parquet(localOutput.resolve("indicator_values").toString());
        Dataset<Row> remote = spark.read().parquet(clusterOutput.resolve("indicator_values").toString());
        assertThat(local.count()).isGreaterThan(50).isEqualTo(remote.count());
        assertThat(local.exceptAll(remote).count()).isZero();
        assertThat(remote.exceptAll(local).count()).isZero();
        for (int i = 1; i <= 2; i++) {
            try (Stream<Path> apps = Files.list(work.resolve("worker-" + i))) {
                assertThat(apps.map(p -> p.getFileName().toString())).as("executors ran on worker " + i)
                        .anyMatch(name -> name.startsWith("app-"));
            }
        }
    }

    /** A few rows of every kind the transform reads; the rest of the lake stays empty. */
    private static void writeRawLake(Path lake) {
        write(lake, "raw/crm/customer", customer(1, "P1"), customer(2, "P2"), customer(3, null));
        List<Object[]> transactions = new ArrayList<>();
        String[] stops = {"BUS-A", "BUS-B", "VEN-C"};
        for (int i = 0; i < 60; i++) {
            java.time.LocalDateTime at = java.time.LocalDateTime.of(2010, 6, 1, 10, 0).plusDays(i * 5L);
            transactions.add(new Object[] {100L + i, (long) (i % 3 + 1), at, i % 4 == 0 ? "WORKS_CLUB" : "BUS",
                stops[i % 3], i % 5 == 0 ? "GEN-XMAS" : "BEN-HB", "RESOLVED", "SC01", i % 17 == 0, "25-34",
                at.plusHours(1)});
        }
        write(lake, "raw/crm/service_transaction", transactions.toArray(Object[][]::new));
        write(lake, "raw/reference/service_codes", new Object[] {"BEN-HB", "Housing Benefit", "BENEFITS"});
        write(lake, "raw/bus/schedule",
                new Object[] {"s.csv", 2L, "BUS-A", "TUE", "1,3", "10:00", "12:00", Date.valueOf("2010-06-01"), null});
        write(lake, "raw/reference/funding", new Object[] {2L, "MIF", "ALL", Date.valueOf("2010-04-01"),
            Date.valueOf("2011-03-31"), new java.math.BigDecimal("180000.00")});
    }

    /** Rows of a declared raw dataset, written where ingest would write them. */
    private static void write(Path lake, String dataset, Object[]... rows) {
        Rows.declared(dataset, rows).write().parquet(lake.resolve(dataset).toString());
    }

    private static Object[] customer(long id, String key) {
        return new Object[] {id, key, "IP24", "PL", "pl", Timestamp.valueOf("2010-05-01 09:00:00").toLocalDateTime()};
    }

    private static Process start(String name, String mainClass, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(Arrays.asList(System.getProperty("spark.jvm.flags").split("\\s+")));
        command.add("-Xmx1g");
        command.add("-Dspark.executor.extraJavaOptions=" + System.getProperty("spark.jvm.flags"));
        command.add("-Dspark.executor.memory=512m");
        command.add("-Dspark.cores.max=2");
        command.add("-cp");
        command.add(TARGET.resolve("outreach-transform.jar") + File.pathSeparator + TARGET.resolve("lib") + "/*");
        command.add(mainClass);
        command.addAll(Arrays.asList(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(work.resolve(name + ".log").toFile());
        Map<String, String> environment = builder.environment();
        environment.put("SPARK_HOME", sparkHome.toString());
        environment.put("SPARK_SCALA_VERSION", "2.13");
        environment.put("SPARK_LOCAL_IP", "127.0.0.1");
        return builder.start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void awaitPort(int port) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            try (Socket socket = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(250);
            }
        }
        throw new IllegalStateException("the Spark master did not open port " + port);
    }
}
