package org.outreach.transform.benchmark;

import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerApplicationEnd;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.StageInfo;

/**
 * Counts the Spark work of an application: jobs, stages, tasks, and the shuffles (stages
 * that wrote shuffle output) with their bytes. Prints one line when the application ends.
 * Register it in-process ({@code sparkContext().addSparkListener}) or in any Spark JVM with
 * {@code -Dspark.extraListeners=org.outreach.transform.benchmark.SparkWorkListener} and
 * this class on the classpath (how the demo benchmark measures the transform's child JVM).
 */
public final class SparkWorkListener extends SparkListener {

    private final AtomicLong jobs = new AtomicLong();
    private final AtomicLong stages = new AtomicLong();
    private final AtomicLong tasks = new AtomicLong();
    private final AtomicLong shuffles = new AtomicLong();
    private final AtomicLong shuffleBytes = new AtomicLong();

    @Override
    public void onJobStart(SparkListenerJobStart jobStart) {
        jobs.incrementAndGet();
    }

    @Override
    public void onStageCompleted(SparkListenerStageCompleted stageCompleted) {
        StageInfo stage = stageCompleted.stageInfo();
        stages.incrementAndGet();
        tasks.addAndGet(stage.numTasks());
        long written = stage.taskMetrics().shuffleWriteMetrics().bytesWritten();
        if (written > 0) {
            shuffles.incrementAndGet();
            shuffleBytes.addAndGet(written);
        }
    }

    @Override
    public void onApplicationEnd(SparkListenerApplicationEnd applicationEnd) {
        System.err.println(summary());
    }

    public String summary() {
        return String.format("spark work: %d jobs, %d stages, %d tasks, %d shuffles writing %.1f MB", jobs.get(),
                stages.get(), tasks.get(), shuffles.get(), shuffleBytes.get() / 1e6);
    }
}
