package org.outreach.transform;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.spark.sql.SparkSession;
import org.outreach.transform.launch.ParentWatch;
import org.outreach.transform.launch.WriterLock;
import picocli.CommandLine.ParameterException;

/**
 * Entry point of the Spark application. Launched by the nightly job as a child JVM in
 * local mode, or by spark-submit on a cluster, with the same arguments.
 */
public final class TransformApplication {

    private TransformApplication() {
    }

    public static void main(String[] args) throws IOException {
        TransformArguments arguments;
        try {
            arguments = TransformArguments.parse(args);
        } catch (ParameterException e) {
            System.err.println("transform: " + e.getMessage());
            System.exit(2);
            return;
        }
        // Launched by the nightly job: die with it, and be the run folder's only writer.
        ParentWatch.fromSystemProperties().ifPresent(ParentWatch::start);
        Optional<WriterLock> lock = WriterLock.fromSystemProperties();
        try {
            transform(arguments);
        } finally {
            if (lock.isPresent()) {
                lock.get().close();
            }
        }
    }

    private static void transform(TransformArguments arguments) {
        SparkSession.Builder builder = SparkSettings.configure(SparkSession.builder(), arguments.master());
        if (arguments.master() != null) {
            builder.master(arguments.master());
            if (!arguments.master().startsWith("local") && System.getProperty("spark.jars") == null) {
                // Launched as a plain JVM (not by spark-submit): executors need this application's jar.
                applicationJar().ifPresent(jar -> builder.config("spark.jars", jar));
            }
        }
        SparkSession spark = builder.getOrCreate();
        try {
            new TransformJob(spark, arguments).run();
        } finally {
            spark.stop();
        }
    }

    private static Optional<String> applicationJar() {
        try {
            Path location = Path.of(TransformApplication.class.getProtectionDomain()
                    .getCodeSource().getLocation().toURI());
            return location.toString().endsWith(".jar") ? Optional.of(location.toString())
                    : Optional.empty();
        } catch (URISyntaxException | SecurityException e) {
            return Optional.empty();
        }
    }
}
