package org.hvic.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class CompletionBufferTest {

    private static FinishedAttempt attempt(long id) {
        return new FinishedAttempt(new ClaimedOperation(id, OperationType.REFRESH_HOST, 1, null, null, 1, 3),
                AttemptOutcome.success("ok", null));
    }

    @Test
    void everyAttemptIsRecordedOnceInBatchesNoLargerThanTheLimit() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        Set<Long> recorded = ConcurrentHashMap.newKeySet();
        List<Integer> sizes = new CopyOnWriteArrayList<>();
        CompletionBuffer buffer = new CompletionBuffer(50, pool, batch -> {
            sizes.add(batch.size());
            batch.forEach(a -> assertTrue(recorded.add(a.op().id()), "recorded twice: " + a.op().id()));
            sleep(2); // a transaction takes a while: meanwhile the next batch fills up
        });
        CountDownLatch producers = new CountDownLatch(4);
        for (int p = 0; p < 4; p++) {
            int base = p * 10_000;
            pool.execute(() -> {
                for (int i = 0; i < 2_500; i++) {
                    buffer.add(attempt(base + i));
                }
                producers.countDown();
            });
        }
        assertTrue(producers.await(30, TimeUnit.SECONDS));
        assertTrue(buffer.drain(Duration.ofSeconds(30)), "drained");
        assertEquals(10_000, recorded.size());
        assertEquals(0, buffer.waiting());
        assertTrue(sizes.stream().allMatch(s -> s <= 50), "batches bounded: " + sizes);
        assertTrue(sizes.size() < 10_000, "attempts were grouped: " + sizes.size() + " batches");
        pool.shutdownNow();
    }

    @Test
    void aLoneAttemptIsRecordedAtOnceAndAFailingWriterLosesNoCount() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        List<Long> recorded = new CopyOnWriteArrayList<>();
        CompletionBuffer buffer = new CompletionBuffer(10, pool, batch -> {
            if (batch.get(0).op().id() == 1) {
                throw new IllegalStateException("the database is away");
            }
            batch.forEach(a -> recorded.add(a.op().id()));
        });
        buffer.add(attempt(1));
        buffer.add(attempt(2));
        assertTrue(buffer.drain(Duration.ofSeconds(10)));
        assertEquals(0, buffer.waiting());
        buffer.add(attempt(3));
        assertTrue(buffer.drain(Duration.ofSeconds(10)));
        assertTrue(recorded.contains(3L), "the writer works again after a failure: " + recorded);
        pool.shutdownNow();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
