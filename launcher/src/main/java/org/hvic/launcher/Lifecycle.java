package org.hvic.launcher;

import java.util.ArrayDeque;
import java.util.Deque;

/** Stops what was started, newest first, exactly once. */
public final class Lifecycle {

    private final Deque<AutoCloseable> started = new ArrayDeque<>();

    public synchronized <T extends AutoCloseable> T started(T resource) {
        started.push(resource);
        return resource;
    }

    public synchronized void stopAll() {
        while (!started.isEmpty()) {
            AutoCloseable resource = started.pop();
            try {
                resource.close();
            } catch (Exception e) {
                HvicLauncher.log("could not stop " + resource + ": " + e);
            }
        }
    }
}
