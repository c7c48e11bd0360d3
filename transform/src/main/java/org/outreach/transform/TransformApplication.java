package org.outreach.transform;

import org.apache.spark.sql.SparkSession;

/**
 * Entry point of the Spark application. Launched by the nightly job as a child JVM in
 * local mode, or by spark-submit on a cluster, with the same arguments.
 */
public final class TransformApplication {

    private TransformApplication() {
    }

    public static void main(String[] args) {
        TransformArguments arguments;
        try {
            arguments = TransformArguments.parse(args);
        } catch (RuntimeException e) {
            System.err.println("transform: " + e.getMessage());
            System.exit(2);
            return;
        }
        SparkSession.Builder builder = SparkSession.builder()
                .appName("outreach-transform")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.session.timeZone", "Europe/London")
                .config("spark.sql.shuffle.partitions", "8");
        if (arguments.master() != null) {
            builder.master(arguments.master());
        }
        SparkSession spark = builder.getOrCreate();
        try {
            new TransformJob(spark, arguments).run();
        } finally {
            spark.stop();
        }
    }
}
