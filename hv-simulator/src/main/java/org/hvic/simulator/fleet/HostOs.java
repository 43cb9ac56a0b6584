package org.hvic.simulator.fleet;

import java.util.Locale;

/** The generation of a Hyper-V host OS string ("Windows 10 Enterprise", "Windows Server 2012 R2 Datacenter", ...). */
public enum HostOs {
    WINDOWS_10("10.0.19041.1", "9.0", true),
    WINDOWS_8_1("6.3.9600.18080", "5.0", false),
    WINDOWS_8("6.2.9200.22099", "4.0", false);

    private final String integrationServicesVersion;
    private final String defaultConfigVersion;
    private final boolean powerShellDirect;

    HostOs(String integrationServicesVersion, String defaultConfigVersion, boolean powerShellDirect) {
        this.integrationServicesVersion = integrationServicesVersion;
        this.defaultConfigVersion = defaultConfigVersion;
        this.powerShellDirect = powerShellDirect;
    }

    /** The integration services version a guest needs to be "Up to date" on this host. */
    public String integrationServicesVersion() { return integrationServicesVersion; }
    public String defaultConfigVersion() { return defaultConfigVersion; }
    public boolean supportsPowerShellDirect() { return powerShellDirect; }

    /** Classifies a host OS name; throws IllegalArgumentException for anything that is not a Hyper-V host OS. */
    public static HostOs of(String os) {
        String s = os.toLowerCase(Locale.ROOT);
        if (s.contains("2012 r2") || s.matches(".*windows 8\\.1.*")) {
            return WINDOWS_8_1;
        }
        if (s.contains("server 2012") || s.matches(".*windows 8(\\D.*)?")) {
            return WINDOWS_8;
        }
        if (s.matches(".*windows (10|11)(\\D.*)?") || s.matches(".*server 20(16|19|22|25).*")) {
            return WINDOWS_10;
        }
        throw new IllegalArgumentException("not a Hyper-V host OS: " + os);
    }
}
