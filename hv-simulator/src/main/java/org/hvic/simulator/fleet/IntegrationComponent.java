package org.hvic.simulator.fleet;

import java.util.Locale;
import java.util.Optional;

/** The six host-side integration components of Hyper-V, in the order Get-VMIntegrationService lists them. */
public enum IntegrationComponent {
    GUEST_SERVICE_INTERFACE("Guest Service Interface", "Gastdienstschnittstelle",
            "6C09BB55-D683-4DA0-8931-C9BF705F6480", "vmicguestinterface", false),
    HEARTBEAT("Heartbeat", "Takt", "84EAAE65-2F2E-45F5-9BB5-0E857DC8EB47", "vmicheartbeat", true),
    KEY_VALUE_PAIR_EXCHANGE("Key-Value Pair Exchange", "Datenaustausch",
            "2A34B1C2-FD73-4043-8A5B-DD2159BC743F", "vmickvpexchange", true),
    SHUTDOWN("Shutdown", "Herunterfahren des Betriebssystems",
            "9F8233AC-BE49-4C79-8EE3-E7E1985B2077", "vmicshutdown", true),
    TIME_SYNCHRONIZATION("Time Synchronization", "Zeitsynchronisierung",
            "2497F4DE-E9FA-4204-80E4-4B75C46419C0", "vmictimesync", true),
    VSS("VSS", "Sicherung (Volumeschattenkopie)", "5CED1297-4598-4915-A5FC-AD21BB4D02A4", "vmicvss", true);

    private final String englishName;
    private final String germanName;
    private final String guid;
    private final String guestService;
    private final boolean enabledByDefault;

    IntegrationComponent(String englishName, String germanName, String guid, String guestService, boolean enabledByDefault) {
        this.englishName = englishName;
        this.germanName = germanName;
        this.guid = guid;
        this.guestService = guestService;
        this.enabledByDefault = enabledByDefault;
    }

    public String englishName() { return englishName; }
    public String germanName() { return germanName; }
    public String guid() { return guid; }
    /** The Windows guest service that implements this component (vmic*). */
    public String guestService() { return guestService; }
    public boolean enabledByDefault() { return enabledByDefault; }

    /** Whether a Linux guest provides this component through the kernel module hv_utils (else through a daemon). */
    public boolean providedByKernel() {
        return this == HEARTBEAT || this == SHUTDOWN || this == TIME_SYNCHRONIZATION;
    }

    public static Optional<IntegrationComponent> byEnglishName(String name) {
        for (IntegrationComponent c : values()) {
            if (c.englishName.equalsIgnoreCase(name)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    public static Optional<IntegrationComponent> byGuid(String guid) {
        String g = guid.toUpperCase(Locale.ROOT);
        for (IntegrationComponent c : values()) {
            if (c.guid.equals(g)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    public static Optional<IntegrationComponent> byGuestService(String service) {
        for (IntegrationComponent c : values()) {
            if (c.guestService.equalsIgnoreCase(service)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
