package org.hvic.simulator.fleet;

/** One Windows service inside a guest (vmic*): status and start type, changed by Start-/Stop-Service. */
public final class GuestService {
    /** ServiceControllerStatus. */
    public enum Status {
        STOPPED("Stopped", 1), START_PENDING("StartPending", 2), STOP_PENDING("StopPending", 3), RUNNING("Running", 4);

        private final String label;
        private final int code;

        Status(String label, int code) {
            this.label = label;
            this.code = code;
        }

        public String label() { return label; }
        public int code() { return code; }
    }

    /** ServiceStartMode. */
    public enum StartType {
        BOOT("Boot", 0), SYSTEM("System", 1), AUTOMATIC("Automatic", 2), MANUAL("Manual", 3), DISABLED("Disabled", 4);

        private final String label;
        private final int code;

        StartType(String label, int code) {
            this.label = label;
            this.code = code;
        }

        public String label() { return label; }
        public int code() { return code; }
    }

    private final String name;
    private final String displayName;
    private volatile Status status;
    private volatile StartType startType;

    public GuestService(String name, String displayName, Status status, StartType startType) {
        this.name = name;
        this.displayName = displayName;
        this.status = status;
        this.startType = startType;
    }

    public String name() { return name; }
    public String displayName() { return displayName; }
    public Status status() { return status; }
    public StartType startType() { return startType; }
    public boolean running() { return status == Status.RUNNING; }

    public void setStatus(Status status) { this.status = status; }
    public void setStartType(StartType startType) { this.startType = startType; }
}
