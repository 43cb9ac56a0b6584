package org.hvic.connector;

/** {@code Get-VM}'s {@code State} (Microsoft.HyperV.PowerShell.VMState). */
public enum VmState implements CodedEnum {
    OTHER(1), RUNNING(2), OFF(3), STOPPING(4), SAVED(6), PAUSED(9), STARTING(10), RESET(11),
    SAVING(32773), PAUSING(32776), RESUMING(32777), FAST_SAVED(32779), FAST_SAVING(32780),
    /** A state hvic does not know. */
    UNKNOWN(-1);

    private final int code;

    VmState(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }
}
