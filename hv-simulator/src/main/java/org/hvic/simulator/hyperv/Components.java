package org.hvic.simulator.hyperv;

import java.util.ArrayList;
import java.util.List;
import org.hvic.simulator.fleet.Host;
import org.hvic.simulator.fleet.IntegrationComponent;
import org.hvic.simulator.fleet.Vm;
import org.hvic.simulator.powershell.CmdletCall;
import org.hvic.simulator.powershell.Wildcard;

/** Selects integration components of a VM by -Name (display names in the host's language, wildcards). */
final class Components {
    private Components() {
    }

    static List<IntegrationComponent> select(CmdletCall call, Host host, Vm vm) {
        if (!call.params().has("Name")) {
            return List.of(IntegrationComponent.values());
        }
        List<IntegrationComponent> result = new ArrayList<>();
        for (String name : call.params().strings("Name")) {
            Wildcard w = Wildcard.compile(name);
            List<IntegrationComponent> matches = new ArrayList<>();
            for (IntegrationComponent c : IntegrationComponent.values()) {
                if (w.matches(host.displayName(c)) && !result.contains(c)) {
                    matches.add(c);
                }
            }
            if (matches.isEmpty() && !Wildcard.hasWildcards(name)) {
                call.writeError(call.error(Messages.componentNotFound(host.german()), "InvalidArgument", name,
                        "VirtualizationException", "InvalidParameter"));
            }
            result.addAll(matches);
        }
        return result;
    }
}
