package org.hvic.operations;

import java.time.Instant;
import java.util.UUID;

/** An operation as the API and the views show it. */
public record OperationView(long id, UUID batchId, String type, String state, int attempts, int maxAttempts,
        Long vmId, String vmName, long hostId, String service, String serviceName, String requestedBy,
        Instant requestedAt, Instant startedAt, Instant finishedAt, Instant nextAttemptAt, String result, String error,
        String errorKind, boolean cancelRequested) {

    static OperationView of(Operation o) {
        return of(o, o.getId());
    }

    /** An operation with the id it was given by an INSERT of its own. */
    static OperationView of(Operation o, long id) {
        return new OperationView(id, o.getBatchId(), o.getType().name(), o.getState().name(), o.getAttempts(),
                o.getMaxAttempts(), o.getVmId(), o.getVmName(), o.getHostId(), o.getService(), o.getServiceName(),
                o.getRequestedBy(), o.getRequestedAt(), o.getStartedAt(), o.getFinishedAt(), o.getNextAttemptAt(),
                o.getResult(), o.getError(), o.getErrorKind(), o.isCancelRequested());
    }
}
