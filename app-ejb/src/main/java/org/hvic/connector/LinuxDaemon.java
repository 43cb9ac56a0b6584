package org.hvic.connector;

import java.util.Locale;
import java.util.Optional;

/** The Hyper-V user-space daemons of a Linux guest; the only names ever put into a guest command. */
public enum LinuxDaemon {
    HV_KVP_DAEMON,
    HV_VSS_DAEMON,
    HV_FCOPY_DAEMON,
    /** The file copy daemon from Linux 6.10 on. */
    HV_FCOPY_UIO_DAEMON;

    /** The executable name, e.g. {@code hv_kvp_daemon}. */
    public String daemonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Exactly one of the known daemon names (case-sensitive, as on Linux), else empty. */
    public static Optional<LinuxDaemon> fromDaemonName(String name) {
        for (LinuxDaemon daemon : values()) {
            if (daemon.daemonName().equals(name)) {
                return Optional.of(daemon);
            }
        }
        return Optional.empty();
    }
}
