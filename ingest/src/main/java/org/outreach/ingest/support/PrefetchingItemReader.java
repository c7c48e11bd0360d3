package org.outreach.ingest.support;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads ahead on a thread of its own, so that decoding the source's rows overlaps with
 * processing and writing the previous ones (two cores: about twice the throughput). A
 * failure of the source surfaces at the next {@link #read()}, on the step's thread, and
 * fails the step there as a direct read would. Restarts read from the start (no saved state).
 */
public final class PrefetchingItemReader<T> implements ItemStreamReader<T> {

    /** Items travel in batches: one hand-over per item would cost more than it saves. */
    private record Slot<T>(List<T> items, Exception failure, boolean end) {
    }

    private static final int BATCH = 1_000;

    private final ItemStreamReader<T> delegate;
    private final int capacity;
    private BlockingQueue<Slot<T>> queue;
    private Thread reader;
    private volatile boolean closing;
    private boolean ended;
    private Iterator<T> current = Collections.emptyIterator();

    /** @param capacity how many items may wait, read ahead */
    public PrefetchingItemReader(ItemStreamReader<T> delegate, int capacity) {
        this.delegate = delegate;
        this.capacity = Math.max(2, capacity / BATCH);
    }

    @Override
    public void open(ExecutionContext executionContext) {
        delegate.open(executionContext);
        queue = new ArrayBlockingQueue<>(capacity);
        closing = false;
        ended = false;
        current = Collections.emptyIterator();
        reader = new Thread(this::readAll, "prefetch-" + delegate.getClass().getSimpleName());
        reader.setDaemon(true);
        reader.start();
    }

    private void readAll() {
        try {
            List<T> batch = new ArrayList<>(BATCH);
            T item;
            while (!closing && (item = delegate.read()) != null) {
                batch.add(item);
                if (batch.size() == BATCH) {
                    put(new Slot<>(batch, null, false));
                    batch = new ArrayList<>(BATCH);
                }
            }
            put(new Slot<>(batch, null, false));
            put(new Slot<>(List.of(), null, true));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            try {
                put(new Slot<>(null, e, true));
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void put(Slot<T> slot) throws InterruptedException {
        while (!closing && !queue.offer(slot, 100, TimeUnit.MILLISECONDS)) {
            // waiting for the step to take items, or to close
        }
    }

    @Override
    public T read() throws Exception {
        while (!current.hasNext()) {
            if (ended) {
                return null;
            }
            Slot<T> slot = queue.take();
            if (slot.failure() != null) {
                ended = true;
                throw slot.failure();
            }
            ended = slot.end();
            current = slot.items().iterator();
        }
        return current.next();
    }

    @Override
    public void close() {
        closing = true;
        if (reader != null) {
            try {
                reader.join(TimeUnit.SECONDS.toMillis(30));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ItemStreamException("interrupted while stopping the prefetching reader", e);
            } finally {
                reader = null;
            }
        }
        delegate.close();
    }
}
