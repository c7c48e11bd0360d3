package org.outreach.transform.benchmark;

import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerApplicationEnd;
import org.apache.spark.scheduler.SparkListenerJobEnd;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.StageInfo;

/**
 * Counts the Spark work of an application: jobs, stages, tasks, and the shuffles (stages
 * that wrote shuffle output) with their bytes, and the time from the first job's start to the
 * last job's end (the rest of a run is JVM and session start). Prints one line when the
 * application ends.
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
    private final AtomicLong firstJobStart = new AtomicLong(Long.MAX_VALUE);
    private final AtomicLong lastJobEnd = new AtomicLong();

    @Override
    public void onJobStart(SparkListenerJobStart jobStart) {
        jobs.incrementAndGet();
        firstJobStart.accumulateAndGet(jobStart.time(), Math::min);
    }

    @Override
    public void onJobEnd(SparkListenerJobEnd jobEnd) {
        lastJobEnd.accumulateAndGet(jobEnd.time(), Math::max);
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
        double jobSeconds = jobs.get() == 0 ? 0 : (lastJobEnd.get() - firstJobStart.get()) / 1e3;
        return String.format("spark work: %d jobs, %d stages, %d tasks, %d shuffles writing %.1f MB;"
                        + " %.1f s from the first job's start to the last one's end", jobs.get(), stages.get(),
                tasks.get(), shuffles.get(), shuffleBytes.get() / 1e6, jobSeconds);
    }
}
