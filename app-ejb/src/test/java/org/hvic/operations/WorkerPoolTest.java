package org.hvic.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class WorkerPoolTest {

    private static WorkerPool.Claimed claimed(long id) {
        return new WorkerPool.Claimed(new ClaimedOperation(id, OperationType.REFRESH_HOST, 1, null, null, 1, 3), null);
    }

    @Test
    void neverRunsMoreThanItsWorkersAndRunsEverythingOnce() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(32);
        AtomicInteger concurrent = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        Set<Long> ran = ConcurrentHashMap.newKeySet();
        CountDownLatch done = new CountDownLatch(2_000);
        WorkerPool pool = new WorkerPool(4, threads, c -> {
            most.accumulateAndGet(concurrent.incrementAndGet(), Math::max);
            assertTrue(ran.add(c.op().id()));
            concurrent.decrementAndGet();
            done.countDown();
        }, () -> { }, c -> { });
        for (int i = 0; i < 2_000; i++) {
            pool.submit(claimed(i));
        }
        assertTrue(done.await(30, TimeUnit.SECONDS));
        assertEquals(2_000, ran.size());
        assertTrue(most.get() <= 4, "at most 4 at once, saw " + most.get());
        threads.shutdownNow();
    }

    @Test
    void claimsAheadOnlyWhenAttemptsAreFast() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(8);
        // attempts are timed by clocks that move a fixed step per reading, so scheduling on a busy machine cannot
        // change what the pool measures: a microsecond per reading (fast) or a second and a half (slow)
        AtomicLong fastClock = new AtomicLong();
        AtomicLong slowClock = new AtomicLong();
        WorkerPool slow = new WorkerPool(4, threads, c -> { }, () -> { }, c -> { },
                () -> slowClock.addAndGet(1_500_000_000L));
        assertEquals(4, slow.capacity(), "nothing ahead before anything was measured");
        WorkerPool fast = new WorkerPool(4, threads, c -> { }, () -> { }, c -> { }, () -> fastClock.addAndGet(1_000));
        for (int i = 0; i < 200; i++) {
            fast.submit(claimed(i));
        }
        awaitIdle(fast);
        assertEquals(4 + 4 * WorkerPool.AHEAD_PER_WORKER, fast.capacity(), "fast attempts: a second's work ahead");
        slow.submit(claimed(1));
        awaitIdle(slow);
        assertEquals(4, slow.capacity(), "slow attempts: nothing ahead");
        threads.shutdownNow();
    }

    private static void awaitIdle(WorkerPool pool) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while ((pool.waiting() > 0 || pool.running() > 0) && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertEquals(0, pool.waiting() + pool.running(), "the pool ran everything");
    }
}
