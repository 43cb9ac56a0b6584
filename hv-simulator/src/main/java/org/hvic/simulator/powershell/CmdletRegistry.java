package org.hvic.simulator.powershell;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The cmdlets (and aliases) known in a session. */
public final class CmdletRegistry {
    private final Map<String, Cmdlet> cmdlets = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    public CmdletRegistry add(Cmdlet cmdlet, String... aliases) {
        cmdlets.put(cmdlet.name(), cmdlet);
        for (String alias : aliases) {
            cmdlets.put(alias, cmdlet);
        }
        return this;
    }

    public CmdletRegistry addAll(CmdletRegistry other) {
        cmdlets.putAll(other.cmdlets);
        return this;
    }

    public Optional<Cmdlet> find(String name) {
        return Optional.ofNullable(cmdlets.get(name));
    }
}
