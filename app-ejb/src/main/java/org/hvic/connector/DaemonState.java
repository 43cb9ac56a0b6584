package org.hvic.connector;

import java.util.List;

/**
 * One Hyper-V daemon of a Linux guest: installed if {@code compgen -c hv_} lists it or it runs; running with the PIDs
 * and the executable path that {@code ps -ef} shows ({@code path} is null when it does not run or ran without a path).
 */
public record DaemonState(String name, boolean installed, boolean running, List<Integer> pids, String path) {

    public DaemonState {
        pids = List.copyOf(pids);
    }
}
