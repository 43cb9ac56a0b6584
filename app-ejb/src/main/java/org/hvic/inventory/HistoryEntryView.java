package org.hvic.inventory;

import java.time.Instant;

/** One observed change of a service's state. */
public record HistoryEntryView(long id, Instant observedAt, String service, String serviceName, String field,
        String before, String after, String source, Long operationId) {
}
