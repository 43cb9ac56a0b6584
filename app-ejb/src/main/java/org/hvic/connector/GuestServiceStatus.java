package org.hvic.connector;

/** A Windows service's {@code Status} (System.ServiceProcess.ServiceControllerStatus). */
public enum GuestServiceStatus implements CodedEnum {
    STOPPED(1), START_PENDING(2), STOP_PENDING(3), RUNNING(4), CONTINUE_PENDING(5), PAUSE_PENDING(6), PAUSED(7),
    UNKNOWN(-1);

    private final int code;

    GuestServiceStatus(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }
}
