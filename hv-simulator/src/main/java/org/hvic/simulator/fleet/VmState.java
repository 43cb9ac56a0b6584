package org.hvic.simulator.fleet;

/** Hyper-V's VMState enum with the numbers Windows PowerShell 5.1 writes to JSON. */
public enum VmState {
    OTHER("Other", 1), RUNNING("Running", 2), OFF("Off", 3), STOPPING("Stopping", 4), SAVED("Saved", 6),
    PAUSED("Paused", 9), STARTING("Starting", 10), RESET("Reset", 11), SAVING("Saving", 32773),
    PAUSING("Pausing", 32776), RESUMING("Resuming", 32777);

    private final String label;
    private final int code;

    VmState(String label, int code) {
        this.label = label;
        this.code = code;
    }

    public String label() { return label; }
    public int code() { return code; }

    public static VmState parse(String text) {
        for (VmState s : values()) {
            if (s.label.equalsIgnoreCase(text)) {
                return s;
            }
        }
        throw new IllegalArgumentException(text);
    }
}
