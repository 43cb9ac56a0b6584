package org.hvic.operations;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Attempts carried out and not yet recorded (group commit). Workers add what they finished and go on; one writer
 * at a time takes everything waiting, up to {@code maxBatch}, and records it in one transaction. Nothing waits for a
 * timer: a lone attempt is recorded at once, and under load the batches grow by themselves.
 * <p>
 * An attempt waiting here is still RUNNING in the database, under this node's lease: if the node dies now, the lease
 * expires and the operation is taken back and run again, as with a crash during the call to the host.
 */
final class CompletionBuffer {

    private final ConcurrentLinkedQueue<FinishedAttempt> waiting = new ConcurrentLinkedQueue<>();
    private final AtomicInteger size = new AtomicInteger();
    private final AtomicBoolean writing = new AtomicBoolean();
    private final int maxBatch;
    private final Executor executor;
    private final Consumer<List<FinishedAttempt>> writer;

    /** {@code writer} records one batch; it must not throw (what it cannot record, it leaves to lease expiry). */
    CompletionBuffer(int maxBatch, Executor executor, Consumer<List<FinishedAttempt>> writer) {
        this.maxBatch = maxBatch;
        this.executor = executor;
        this.writer = writer;
    }

    void add(FinishedAttempt attempt) {
        waiting.add(attempt);
        size.incrementAndGet();
        wakeWriter();
    }

    /** How many attempts wait to be recorded (including the batch being written). */
    int waiting() {
        return size.get();
    }

    /** Waits until everything added so far is recorded, at most {@code timeout}; true when nothing is left. */
    boolean drain(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (size.get() > 0 && System.nanoTime() < deadline) {
            wakeWriter();
            Thread.sleep(20);
        }
        return size.get() == 0;
    }

    private void wakeWriter() {
        if (!waiting.isEmpty() && writing.compareAndSet(false, true)) {
            try {
                executor.execute(this::write);
            } catch (RuntimeException e) {
                writing.set(false);
                throw e;
            }
        }
    }

    private void write() {
        try {
            while (true) {
                List<FinishedAttempt> batch = new ArrayList<>();
                FinishedAttempt next;
                while (batch.size() < maxBatch && (next = waiting.poll()) != null) {
                    batch.add(next);
                }
                if (batch.isEmpty()) {
                    break;
                }
                try {
                    writer.accept(batch);
                } finally {
                    size.addAndGet(-batch.size());
                }
            }
        } finally {
            writing.set(false);
        }
        wakeWriter(); // an attempt added between the last poll and the reset above
    }
}
