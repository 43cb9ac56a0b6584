package org.hvic.operations;

/** An operation this node holds the lease of, for one attempt. */
public record ClaimedOperation(long id, OperationType type, long hostId, Long vmId, String service, int attempt,
        int maxAttempts) {
}
