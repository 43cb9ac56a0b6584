package org.hvic.it.support;

import java.time.Duration;
import java.util.function.Supplier;

import jakarta.json.JsonObject;

/** Polls until a condition holds (bounded), for asynchronous work such as queued operations. */
public final class Waits {

    private Waits() {
    }

    public static <T> T until(Supplier<T> probe, java.util.function.Predicate<T> done, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        T last = probe.get();
        while (!done.test(last)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout + "; last value: " + last);
            }
            try {
                Thread.sleep(150);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            last = probe.get();
        }
        return last;
    }

    /** Waits until an operation is no longer QUEUED or RUNNING and returns it. */
    public static JsonObject finished(Api api, long operationId) {
        return until(() -> api.get("/operations/" + operationId).json(),
                op -> !op.getString("state").equals("QUEUED") && !op.getString("state").equals("RUNNING"),
                Duration.ofSeconds(90));
    }
}
