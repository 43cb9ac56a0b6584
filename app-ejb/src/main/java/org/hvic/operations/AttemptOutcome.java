package org.hvic.operations;

import org.hvic.connector.ConnectorException;

/**
 * How one attempt ended. {@code readBack} is what the worker read from the host or guest afterwards (a
 * {@code HostRefresh}, a list of service states or a {@code LinuxGuestState}); it is recorded even when the attempt failed.
 */
public record AttemptOutcome(boolean succeeded, String result, String errorKind, String error, boolean retryable,
        Object readBack, String presentedHostKey) {

    public static AttemptOutcome success(String result, Object readBack) {
        return new AttemptOutcome(true, result, null, null, false, readBack, null);
    }

    /** The command ran but the state read back is not the one asked for: a permanent failure. */
    public static AttemptOutcome wrongState(String error, Object readBack) {
        return new AttemptOutcome(false, null, "STATE_NOT_REACHED", error, false, readBack, null);
    }

    public static AttemptOutcome failure(ConnectorException e) {
        String key = e instanceof org.hvic.connector.HostKeyException hk ? hk.presentedFingerprint() : null;
        return new AttemptOutcome(false, null, e.kind().name(), e.getMessage(), e.isTransient(), null, key);
    }

    public static AttemptOutcome failure(String kind, String error) {
        return new AttemptOutcome(false, null, kind, error, false, null, null);
    }
}
