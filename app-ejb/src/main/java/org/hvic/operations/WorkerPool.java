package org.hvic.operations;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * The workers of one node. At most {@code workers} attempts run at once; what the node has claimed beyond that waits
 * in a short local queue, and a worker that finishes takes the next one on the same thread.
 * <p>
 * How far a node claims ahead follows how long attempts take: about one second of work beyond what its workers are
 * running (at most {@value #AHEAD_PER_WORKER} per worker). Operations that take milliseconds are then claimed in
 * batches instead of one claim per operation, while slow ones (seconds) are not claimed ahead at all and stay
 * available to other nodes. Until the first attempts are measured, nothing is claimed ahead.
 */
final class WorkerPool {

    static final int AHEAD_PER_WORKER = 32;

    /** An operation this node holds the lease of, with what its attempt needs (null: read it when it runs). */
    record Claimed(ClaimedOperation op, ExecutionTarget target) {
    }

    private final int workers;
    private final Semaphore slots;
    private final ConcurrentLinkedQueue<Claimed> waiting = new ConcurrentLinkedQueue<>();
    private final AtomicInteger waitingCount = new AtomicInteger();
    private final Executor executor;
    private final Consumer<Claimed> attempt;
    private final Runnable slotFreed;
    private final Consumer<Claimed> abandoned;
    private final LongSupplier nanoClock;
    /** Moving average of an attempt's duration in ms, as double bits; updated atomically so that a worker that was
     *  descheduled while it computed cannot put back a stale (higher) average. */
    private final AtomicLong averageMillis = new AtomicLong(Double.doubleToLongBits(1000));
    private volatile boolean stopping;

    /**
     * @param attempt   carries out one attempt and hands its outcome on; must not throw
     * @param slotFreed called whenever a worker has nothing left to do
     * @param abandoned an operation no worker could be started for (its lease will expire)
     */
    WorkerPool(int workers, Executor executor, Consumer<Claimed> attempt, Runnable slotFreed,
            Consumer<Claimed> abandoned) {
        this(workers, executor, attempt, slotFreed, abandoned, System::nanoTime);
    }

    /** @param nanoClock what attempts are timed with ({@link System#nanoTime()} but in tests) */
    WorkerPool(int workers, Executor executor, Consumer<Claimed> attempt, Runnable slotFreed,
            Consumer<Claimed> abandoned, LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
        this.workers = workers;
        this.slots = new Semaphore(workers);
        this.executor = executor;
        this.attempt = attempt;
        this.slotFreed = slotFreed;
        this.abandoned = abandoned;
    }

    /** How many more operations this node should claim now. */
    int capacity() {
        double average = Double.longBitsToDouble(averageMillis.get());
        long ahead = Math.round(workers * (1000.0 / Math.max(average, 1.0) - 1));
        int wanted = workers + (int) Math.max(0, Math.min((long) workers * AHEAD_PER_WORKER, ahead));
        return wanted - running() - waitingCount.get();
    }

    int running() {
        return workers - slots.availablePermits();
    }

    int waiting() {
        return waitingCount.get();
    }

    void submit(Claimed claimed) {
        waiting.add(claimed);
        waitingCount.incrementAndGet();
        startWorkers();
    }

    /** Stops taking waiting operations; they are left to lease expiry. */
    void stop() {
        stopping = true;
    }

    private void startWorkers() {
        while (!stopping && waitingCount.get() > 0 && slots.tryAcquire()) {
            Claimed first = next();
            if (first == null) {
                slots.release();
                return;
            }
            try {
                executor.execute(() -> work(first));
            } catch (RuntimeException e) {
                slots.release();
                abandoned.accept(first);
                return;
            }
        }
    }

    private void work(Claimed first) {
        try {
            for (Claimed c = first; c != null; c = stopping ? null : next()) {
                long t0 = nanoClock.getAsLong();
                attempt.accept(c);
                double millis = (nanoClock.getAsLong() - t0) / 1e6;
                averageMillis.getAndUpdate(
                        bits -> Double.doubleToLongBits(Double.longBitsToDouble(bits) * 0.9 + millis * 0.1));
            }
        } finally {
            slots.release();
            slotFreed.run();
        }
        startWorkers(); // an operation queued between this worker's last look and the release of its slot
    }

    private Claimed next() {
        Claimed c = waiting.poll();
        if (c != null) {
            waitingCount.decrementAndGet();
        }
        return c;
    }
}
