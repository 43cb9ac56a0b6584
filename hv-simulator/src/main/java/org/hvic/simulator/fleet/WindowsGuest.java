package org.hvic.simulator.fleet;

import java.util.Collection;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A Windows guest reached through PowerShell Direct: its credentials and its vmic* services. */
public final class WindowsGuest {
    /** Display names of the Hyper-V services inside a Windows guest. */
    public static final Map<String, String> DISPLAY_NAMES = Map.of(
            "vmicguestinterface", "Hyper-V Guest Service Interface",
            "vmicheartbeat", "Hyper-V Heartbeat Service",
            "vmickvpexchange", "Hyper-V Data Exchange Service",
            "vmicrdv", "Hyper-V Remote Desktop Virtualization Service",
            "vmicshutdown", "Hyper-V Guest Shutdown Service",
            "vmictimesync", "Hyper-V Time Synchronization Service",
            "vmicvmsession", "Hyper-V VM Session Service",
            "vmicvss", "Hyper-V Volume Shadow Copy Requestor");

    private final String user;
    private final String password;
    private final Map<String, GuestService> services = new TreeMap<>();

    public WindowsGuest(String user, String password) {
        this.user = user;
        this.password = password;
    }

    public String user() { return user; }

    /** Checks a PowerShell Direct credential (user name case-insensitive, ".\" or "vm\" prefixes allowed). */
    public boolean accepts(String vmName, String givenUser, String givenPassword) {
        String u = givenUser == null ? "" : givenUser;
        String lower = u.toLowerCase(Locale.ROOT);
        for (String prefix : new String[] {".\\", vmName.toLowerCase(Locale.ROOT) + "\\"}) {
            if (lower.startsWith(prefix)) {
                u = u.substring(prefix.length());
            }
        }
        return user.equalsIgnoreCase(u) && password.equals(givenPassword);
    }

    public void add(GuestService service) {
        services.put(service.name(), service);
    }

    /** Services sorted by name, as Get-Service lists them. */
    public Collection<GuestService> services() {
        return Collections.unmodifiableCollection(services.values());
    }

    public Optional<GuestService> service(String name) {
        return Optional.ofNullable(services.get(name.toLowerCase(Locale.ROOT)));
    }
}
