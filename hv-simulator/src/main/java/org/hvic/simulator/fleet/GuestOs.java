package org.hvic.simulator.fleet;

import java.util.Locale;

/** What a guest OS string ("Windows 7", "Windows Server 2008 R2", "Ubuntu 14.04", ...) implies for the simulation. */
public final class GuestOs {
    private final String name;
    private final String lower;

    public GuestOs(String name) {
        this.name = name;
        this.lower = name.toLowerCase(Locale.ROOT);
    }

    public String name() { return name; }

    public boolean isWindows() {
        return lower.contains("windows");
    }

    /** Windows 10 / 11 and Windows Server 2016 or later: PowerShell Direct works. */
    public boolean supportsPowerShellDirect() {
        return isWindows() && (lower.matches(".*windows (10|11)(\\D.*)?") || lower.matches(".*server 20(16|19|22|25).*"));
    }

    /** Windows XP / Server 2003 guests have no Volume Shadow Copy requestor. */
    public boolean hasVss() {
        return !isWindows() || !lower.contains("xp");
    }

    /** Guest Service Interface needs Windows 7 / Server 2008 R2 or later with current components. */
    public boolean hasGuestServiceInterface() {
        return !isWindows() || !(lower.contains("xp") || lower.contains("vista") || lower.contains("2003")
                || (lower.contains("2008") && !lower.contains("r2")));
    }

    /** vmicvmsession exists on Windows 10 / Server 2016 and later. */
    public boolean hasVmSession() {
        return supportsPowerShellDirect();
    }

    /** vmicrdv exists on Windows 8.1 / Server 2012 R2 and later. */
    public boolean hasRdv() {
        return supportsPowerShellDirect() || lower.contains("8.1") || lower.contains("2012 r2");
    }

    @Override
    public String toString() {
        return name;
    }
}
