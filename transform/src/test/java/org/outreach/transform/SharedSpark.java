package org.outreach.transform;

import org.apache.spark.sql.SparkSession;

/** One local SparkSession for the whole test JVM: Spark takes seconds to start. */
public final class SharedSpark {

    private static SparkSession session;

    private SharedSpark() {
    }

    public static synchronized SparkSession get() {
        if (session == null) {
            session = SparkSession.builder()
                    .master("local[2]")
                    .appName("outreach-transform-tests")
                    .config("spark.ui.enabled", "false")
                    .config("spark.sql.shuffle.partitions", "1")
                    .config("spark.sql.session.timeZone", "Europe/London")
                    .getOrCreate();
        }
        return session;
    }
}
