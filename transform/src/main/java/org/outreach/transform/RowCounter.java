package org.outreach.transform;

import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Observation;
import org.apache.spark.sql.Row;
import scala.concurrent.Await;
import scala.concurrent.duration.Duration;

/**
 * Counts the rows flowing through datasets while the writes that consume them run, with
 * Spark's {@link Observation}s, so that no count needs a job of its own. Each counted
 * dataset must be consumed by exactly one write (a second one would count again, and the
 * first to finish wins).
 */
final class RowCounter {

    /** A write that has finished has reported its observations; this only guards against a bug. */
    private static final long WAIT_SECONDS = 60;

    private final List<Observation> observations = new ArrayList<>();

    /** The same rows, counted when a write consumes them. */
    Dataset<Row> counted(Dataset<Row> rows) {
        Observation observation = new Observation();
        observations.add(observation);
        return rows.observe(observation, count(lit(1)).as("rows"));
    }

    /** The total of every counted dataset; call after the writes that consume them have finished. */
    long total() {
        long total = 0;
        for (Observation observation : observations) {
            try {
                Row metrics = Await.result(observation.future(), Duration.create(WAIT_SECONDS, TimeUnit.SECONDS));
                // A dataset of no partitions runs no task through its observation, which then
                // reports an empty row: no row passed.
                total += metrics.length() == 0 ? 0 : metrics.getLong(0);
            } catch (TimeoutException e) {
                throw new IllegalStateException("no write reported the row count " + observation.name(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for row counts", e);
            }
        }
        return total;
    }
}
