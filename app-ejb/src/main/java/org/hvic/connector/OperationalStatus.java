package org.hvic.connector;

import java.util.Arrays;
import java.util.Optional;

/** The operational status codes of an integration service ({@code OperationalStatus}). */
public enum OperationalStatus implements CodedEnum {
    OK(2), DEGRADED(3), ERROR(6), NON_RECOVERABLE_ERROR(7), NO_CONTACT(12), LOST_COMMUNICATION(13),
    PROTOCOL_MISMATCH(32775), APPLICATION_CRITICAL(32782), COMMUNICATION_TIMED_OUT(32783),
    COMMUNICATION_FAILED(32784), DISABLED(32896),
    UNKNOWN(-1);

    private final int code;

    OperationalStatus(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }

    public static Optional<OperationalStatus> of(int code) {
        return Arrays.stream(values()).filter(status -> status.code == code && status != UNKNOWN).findFirst();
    }
}
