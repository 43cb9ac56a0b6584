package org.hvic.simulator.hyperv;

import java.util.ArrayList;
import java.util.List;
import org.hvic.simulator.fleet.Host;
import org.hvic.simulator.journal.StateChange;

/** What a host session works on: the host, and the state changes its commands cause. */
public final class HostContext {
    private final Host host;
    private final List<StateChange> changes = new ArrayList<>();

    public HostContext(Host host) {
        this.host = host;
    }

    public Host host() { return host; }
    public List<StateChange> changes() { return changes; }

    public void change(StateChange c) {
        changes.add(c);
    }
}
