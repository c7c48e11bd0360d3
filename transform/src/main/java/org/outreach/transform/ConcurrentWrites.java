package org.outreach.transform;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.outreach.transform.support.DeclaredSchemas;

/**
 * Writes datasets as Parquet from a few driver threads at once: Spark runs jobs from
 * several threads side by side, so the small writes fill the cores the big ones leave idle
 * instead of queueing behind them. Each dataset is written as the partitions it has (a file
 * per partition); readers take every file of a folder.
 */
final class ConcurrentWrites implements AutoCloseable {

    /** More threads than this only queue more jobs for the same cores. */
    private static final int THREADS = 4;

    private final String output;
    private final ExecutorService threads = Executors.newFixedThreadPool(THREADS, runnable -> {
        Thread thread = new Thread(runnable, "transform-write");
        thread.setDaemon(true);
        return thread;
    });
    private final List<Future<?>> pending = new ArrayList<>();

    ConcurrentWrites(String output) {
        this.output = output;
    }

    /**
     * Starts writing {@code rows} as the dataset {@code name} declared in the datasets module,
     * under that name in the output folder. Spark's {@link Dataset#to} conforms them to the
     * declaration: its columns in its order (any other column, such as the transactions'
     * source_id_num, stays behind) and its types. A column declared NOT NULL that the plan
     * cannot prove non-null fails here, on the driver, before any data moves; a column Spark
     * proves non-null stays so (Parquet REQUIRED), so its declaration says NOT NULL too, which
     * the end-to-end test holds it to.
     */
    void write(Dataset<Row> rows, String name) {
        Dataset<Row> declared = rows.to(DeclaredSchemas.of(name));
        pending.add(threads.submit(() -> declared.write().mode(SaveMode.Overwrite).parquet(output + "/" + name)));
    }

    /** Waits for every write started so far; the first failure fails the whole. */
    void awaitAll() {
        try {
            for (Future<?> write : pending) {
                write.get();
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime
                    : new IllegalStateException("a write failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing", e);
        } finally {
            pending.clear();
        }
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
