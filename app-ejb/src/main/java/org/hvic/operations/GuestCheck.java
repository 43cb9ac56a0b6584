package org.hvic.operations;

import java.util.Optional;

import org.hvic.operations.TargetRows.VmRow;

/**
 * A guest a refresh looks at, with the reason it cannot be checked now ({@code null} when it can), decided from what
 * the inventory already knows so that no host or guest is called in vain.
 */
public record GuestCheck(ExecutionTarget target, String unavailable) {

    static GuestCheck of(ExecutionTarget t, VmRow runtime) {
        if ("LINUX".equals(t.guestKind())) {
            return new GuestCheck(t, t.guest() == null ? "no address or account known for this Linux guest" : null);
        }
        if (runtime == null) {
            return new GuestCheck(t, "the VM is no longer in the inventory");
        }
        // a guest that reports no OS (Data Exchange off or stopped) may still answer PowerShell Direct: try it
        boolean probing = "UNKNOWN".equals(t.guestKind());
        Optional<String> reason = PowerShellDirect.unavailableBecause(runtime.state(), runtime.configVersion(),
                probing ? PowerShellDirect.UNKNOWN_GUEST : runtime.guestOs());
        if (reason.isEmpty() && t.guestCredentials() == null) {
            reason = Optional.of("no guest account configured for PowerShell Direct");
        }
        return new GuestCheck(t, reason.orElse(null));
    }
}
