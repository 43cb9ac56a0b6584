package org.hvic.inventory;

import java.time.Instant;

/** Timestamps of native queries as {@link Instant}s, for the query services of other packages. */
public final class Times {

    private Times() {
    }

    public static Instant instant(Object value) {
        return InventoryQueryService.t(value);
    }
}
