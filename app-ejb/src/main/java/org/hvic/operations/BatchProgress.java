package org.hvic.operations;

import java.time.Instant;
import java.util.UUID;

/** How far a batch (one request) has come: its operations by state. */
public record BatchProgress(UUID batchId, String type, String serviceName, String requestedBy, Instant requestedAt,
        int total, int queued, int running, int succeeded, int failed, int cancelled) {

    public int done() {
        return succeeded + failed + cancelled;
    }

    /** 0..100 for a progress bar. */
    public int percent() {
        return total == 0 ? 100 : done() * 100 / total;
    }

    public boolean finished() {
        return done() == total;
    }
}
