package org.hvic.inventory;

import java.time.Instant;

/** A host as the API and the views show it. Never carries a credential. */
public record HostView(long id, String name, String address, int port, String os, Boolean reachable,
        Instant lastRefreshAt, long vmCount, String lastError, String approvedHostKey, String presentedHostKey,
        Instant pausedUntil) {
}
