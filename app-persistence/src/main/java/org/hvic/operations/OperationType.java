package org.hvic.operations;

/** Every kind of change or read hvic queues. Stored by name; never rename a constant. */
public enum OperationType {
    ENABLE_INTEGRATION_SERVICE(true),
    DISABLE_INTEGRATION_SERVICE(true),
    START_GUEST_SERVICE(true),
    STOP_GUEST_SERVICE(true),
    START_LINUX_DAEMON(true),
    STOP_LINUX_DAEMON(true),
    REFRESH_HOST(false),
    REFRESH_GUEST(false);

    private final boolean needsService;

    OperationType(boolean needsService) {
        this.needsService = needsService;
    }

    /** Whether a request of this type must name a service, guest service or daemon. */
    public boolean needsService() {
        return needsService;
    }
}
