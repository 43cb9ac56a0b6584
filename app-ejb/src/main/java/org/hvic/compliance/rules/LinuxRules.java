package org.hvic.compliance.rules;

import java.util.Optional;

/** LINUX_IC_MISSING: hv_utils not loaded, or no daemon installed for an enabled KVP, VSS or Guest Service Interface. */
final class LinuxRules {

    private LinuxRules() {
    }

    static void check(VmFacts vm, Findings out) {
        if (vm.hvUtilsLoaded() == null) {
            return;
        }
        if (!vm.hvUtilsLoaded()) {
            out.add(RuleId.LINUX_IC_MISSING, "hv_utils", Message.of("linux.hvUtils"), Message.of("linux.hvUtils.fix"));
        }
        for (Component component : Component.values()) {
            Optional<VmFacts.HostService> host = vm.service(component);
            if (component.daemons().isEmpty() || host.isEmpty() || !host.get().enabled()) {
                continue;
            }
            boolean installed = component.daemons().stream().map(vm.daemons()::get)
                    .anyMatch(d -> d != null && d.installed());
            if (!installed) {
                String daemon = component.daemons().get(0);
                out.add(RuleId.LINUX_IC_MISSING, daemon, Message.of("linux.daemon", component.displayName(), daemon),
                        Message.of("linux.daemon.fix", daemon));
            }
        }
    }
}
