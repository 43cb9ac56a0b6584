package org.hvic.connector;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The six Hyper-V integration components. A component is identified on the host by the GUID at the end of its
 * {@code Id} ({@code Microsoft:<VMId>\<GUID>}), never by its display name, which is localized.
 */
public enum IntegrationServiceType {
    HEARTBEAT("84EAAE65-2F2E-45F5-9BB5-0E857DC8EB47", "Heartbeat", "Takt",
            WindowsGuestService.VMICHEARTBEAT, null),
    SHUTDOWN("9F8233AC-BE49-4C79-8EE3-E7E1985B2077", "Shutdown", "Herunterfahren des Betriebssystems",
            WindowsGuestService.VMICSHUTDOWN, null),
    TIME_SYNCHRONIZATION("2497F4DE-E9FA-4204-80E4-4B75C46419C0", "Time Synchronization", "Zeitsynchronisierung",
            WindowsGuestService.VMICTIMESYNC, null),
    KEY_VALUE_PAIR_EXCHANGE("2A34B1C2-FD73-4043-8A5B-DD2159BC743F", "Key-Value Pair Exchange", "Datenaustausch",
            WindowsGuestService.VMICKVPEXCHANGE, LinuxDaemon.HV_KVP_DAEMON),
    VSS("5CED1297-4598-4915-A5FC-AD21BB4D02A4", "VSS", "Sicherung (Volumeschattenkopie)",
            WindowsGuestService.VMICVSS, LinuxDaemon.HV_VSS_DAEMON),
    GUEST_SERVICE_INTERFACE("6C09BB55-D683-4DA0-8931-C9BF705F6480", "Guest Service Interface", "Gastdienstschnittstelle",
            WindowsGuestService.VMICGUESTINTERFACE, LinuxDaemon.HV_FCOPY_DAEMON);

    /** The kernel module that implements the components without a user-space daemon on Linux. */
    public static final String LINUX_KERNEL_MODULE = "hv_utils";

    /** {@code Microsoft:<VMId>\<component GUID>}: the component GUID is whatever follows the last backslash. */
    private static final Pattern SERVICE_ID = Pattern.compile("\\\\(" + InputValidation.GUID_PATTERN + ")\\s*$");

    private final String guid;
    private final String englishName;
    private final String germanName;
    private final WindowsGuestService windowsGuestService;
    private final LinuxDaemon linuxDaemon;

    IntegrationServiceType(String guid, String englishName, String germanName,
                           WindowsGuestService windowsGuestService, LinuxDaemon linuxDaemon) {
        this.guid = guid;
        this.englishName = englishName;
        this.germanName = germanName;
        this.windowsGuestService = windowsGuestService;
        this.linuxDaemon = linuxDaemon;
    }

    /** The component GUID in upper case, as Hyper-V writes it. */
    public String guid() {
        return guid;
    }

    public String englishName() {
        return englishName;
    }

    public String germanName() {
        return germanName;
    }

    public WindowsGuestService windowsGuestService() {
        return windowsGuestService;
    }

    /** The Linux user-space daemon, or empty when the component lives in the kernel module {@code hv_utils}. */
    public Optional<LinuxDaemon> linuxDaemon() {
        return Optional.ofNullable(linuxDaemon);
    }

    public static Optional<IntegrationServiceType> fromGuid(String guid) {
        if (guid == null) {
            return Optional.empty();
        }
        String upper = guid.trim().toUpperCase(Locale.ROOT);
        for (IntegrationServiceType type : values()) {
            if (type.guid.equals(upper)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /**
     * The component GUID at the end of an integration service {@code Id}, upper case, or empty when the id does not
     * end in {@code \<GUID>}.
     */
    public static Optional<String> componentGuidOf(String serviceId) {
        if (serviceId == null) {
            return Optional.empty();
        }
        Matcher matcher = SERVICE_ID.matcher(serviceId);
        return matcher.find() ? Optional.of(matcher.group(1).toUpperCase(Locale.ROOT)) : Optional.empty();
    }
}
