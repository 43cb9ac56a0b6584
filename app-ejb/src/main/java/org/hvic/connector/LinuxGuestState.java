package org.hvic.connector;

import java.util.List;
import java.util.Optional;

/** What a Linux guest reports: whether {@code hv_utils} is loaded, all loaded modules, and each known daemon. */
public record LinuxGuestState(boolean hvUtilsLoaded, List<String> modules, List<DaemonState> daemons) {

    public LinuxGuestState {
        modules = List.copyOf(modules);
        daemons = List.copyOf(daemons);
    }

    public Optional<DaemonState> daemon(LinuxDaemon daemon) {
        return daemons.stream().filter(state -> state.name().equals(daemon.daemonName())).findFirst();
    }
}
