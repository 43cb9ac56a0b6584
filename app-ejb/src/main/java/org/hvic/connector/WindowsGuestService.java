package org.hvic.connector;

import java.util.Locale;
import java.util.Optional;

/** The Hyper-V services inside a Windows guest ({@code Get-Service -Name 'vmic*'}). */
public enum WindowsGuestService {
    VMICGUESTINTERFACE("Hyper-V Guest Service Interface"),
    VMICHEARTBEAT("Hyper-V Heartbeat Service"),
    VMICKVPEXCHANGE("Hyper-V Data Exchange Service"),
    VMICRDV("Hyper-V Remote Desktop Virtualization Service"),
    VMICSHUTDOWN("Hyper-V Guest Shutdown Service"),
    VMICTIMESYNC("Hyper-V Time Synchronization Service"),
    VMICVMSESSION("Hyper-V VM Session Service"),
    VMICVSS("Hyper-V Volume Shadow Copy Requestor");

    private final String displayName;

    WindowsGuestService(String displayName) {
        this.displayName = displayName;
    }

    /** The Windows service name, e.g. {@code vmickvpexchange}. */
    public String serviceName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The English display name in the guest. */
    public String displayName() {
        return displayName;
    }

    /** Exactly one of the known service names (case-insensitive, as Windows treats service names), else empty. */
    public static Optional<WindowsGuestService> fromServiceName(String name) {
        for (WindowsGuestService service : values()) {
            if (service.serviceName().equalsIgnoreCase(name)) {
                return Optional.of(service);
            }
        }
        return Optional.empty();
    }
}
