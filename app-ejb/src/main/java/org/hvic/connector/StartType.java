package org.hvic.connector;

/** A Windows service's {@code StartType} (System.ServiceProcess.ServiceStartMode). */
public enum StartType implements CodedEnum {
    BOOT(0), SYSTEM(1), AUTOMATIC(2), MANUAL(3), DISABLED(4), UNKNOWN(-1);

    private final int code;

    StartType(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }
}
