package org.hvic.compliance.rules;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The integration components hvic checks, identified by the GUID at the end of the component Id (names are localized). */
public enum Component {
    HEARTBEAT("84EAAE65-2F2E-45F5-9BB5-0E857DC8EB47", "Heartbeat", "Takt", "vmicheartbeat", List.of()),
    SHUTDOWN("9F8233AC-BE49-4C79-8EE3-E7E1985B2077", "Shutdown", "Herunterfahren des Betriebssystems", "vmicshutdown",
            List.of()),
    TIME_SYNCHRONIZATION("2497F4DE-E9FA-4204-80E4-4B75C46419C0", "Time Synchronization", "Zeitsynchronisierung",
            "vmictimesync", List.of()),
    KEY_VALUE_PAIR_EXCHANGE("2A34B1C2-FD73-4043-8A5B-DD2159BC743F", "Key-Value Pair Exchange (Data Exchange)",
            "Datenaustausch", "vmickvpexchange", List.of("hv_kvp_daemon")),
    VSS("5CED1297-4598-4915-A5FC-AD21BB4D02A4", "VSS (Backup)", "Sicherung (Volumeschattenkopie)", "vmicvss",
            List.of("hv_vss_daemon")),
    GUEST_SERVICE_INTERFACE("6C09BB55-D683-4DA0-8931-C9BF705F6480", "Guest Service Interface",
            "Gastdienstschnittstelle", "vmicguestinterface", List.of("hv_fcopy_daemon", "hv_fcopy_uio_daemon"));

    private final String guid;
    private final String nameEn;
    private final String nameDe;
    private final String guestService;
    private final List<String> daemons;

    Component(String guid, String nameEn, String nameDe, String guestService, List<String> daemons) {
        this.guid = guid;
        this.nameEn = nameEn;
        this.nameDe = nameDe;
        this.guestService = guestService;
        this.daemons = daemons;
    }

    public static Optional<Component> byGuid(String guid) {
        if (guid == null) {
            return Optional.empty();
        }
        String upper = guid.toUpperCase(Locale.ROOT);
        for (Component component : values()) {
            if (component.guid.equals(upper)) {
                return Optional.of(component);
            }
        }
        return Optional.empty();
    }

    public String guid() {
        return guid;
    }

    public Localized displayName() {
        return new Localized(nameEn, nameDe);
    }

    /** The Windows guest service, e.g. vmickvpexchange. */
    public String guestService() {
        return guestService;
    }

    /** The Linux daemons that implement it (empty where the kernel's hv_utils does). */
    public List<String> daemons() {
        return daemons;
    }

    /** Short, stable name for finding keys. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
