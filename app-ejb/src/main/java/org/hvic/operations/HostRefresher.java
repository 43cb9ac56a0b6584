package org.hvic.operations;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hvic.connector.ConnectorException;
import org.hvic.connector.GuestEndpoint;
import org.hvic.connector.HostConnector;
import org.hvic.connector.HostInventory;
import org.hvic.connector.LinuxGuestConnector;
import org.hvic.inventory.VmRuntime;

/**
 * A host refresh: one round trip for all VMs of the host, then one check per guest hvic can reach (Linux guests over
 * SSH, Windows guests through PowerShell Direct when its prerequisites hold).
 */
@ApplicationScoped
public class HostRefresher {

    @EJB
    RefreshRecorder recorder;

    @Inject
    HostConnector hosts;

    @Inject
    LinuxGuestConnector linux;

    AttemptOutcome refresh(ClaimedOperation op, ExecutionTarget host) throws ConnectorException {
        HostInventory inventory = hosts.readHost(host.host());
        recorder.host(host.hostId(), inventory, op.id());
        int checked = 0;
        int failed = 0;
        for (ExecutionTarget guest : recorder.guests(host.hostId(), host.host())) {
            if (checkGuest(op, guest)) {
                checked++;
            } else {
                failed++;
            }
        }
        return AttemptOutcome.success(inventory.vms().size() + " VMs read, " + checked + " guests checked"
                + (failed > 0 ? ", " + failed + " guests not reachable" : ""),
                new HostRefresh(inventory, checked, failed));
    }

    AttemptOutcome refreshGuest(ClaimedOperation op, ExecutionTarget target) throws ConnectorException {
        if (checkGuest(op, target)) {
            return AttemptOutcome.success("guest checked", null);
        }
        VmRuntime runtime = recorder.runtime(target.vmId());
        return AttemptOutcome.failure("GUEST_CHECK_FAILED", runtime == null ? "guest not checked"
                : String.valueOf(runtime.getGuestError()));
    }

    /** Checks one guest; a failure is recorded on the VM and does not fail the host refresh. */
    private boolean checkGuest(ClaimedOperation op, ExecutionTarget t) {
        try {
            if ("LINUX".equals(t.guestKind())) {
                if (t.guest() == null) {
                    recorder.guestFailed(t.vmId(), "no address or account known for this Linux guest");
                    return false;
                }
                recorder.linuxGuest(t.vmId(), linux.check(pinned(t)), op.id());
                return true;
            }
            VmRuntime runtime = recorder.runtime(t.vmId());
            boolean probing = "UNKNOWN".equals(t.guestKind());
            // a guest that reports no OS (Data Exchange off or stopped) may still answer PowerShell Direct: try it
            var reason = PowerShellDirect.unavailableBecause(runtime.getState(), runtime.getConfigVersion(),
                    probing ? PowerShellDirect.UNKNOWN_GUEST : runtime.getGuestOs());
            if (reason.isPresent() || t.guestCredentials() == null) {
                recorder.guestFailed(t.vmId(), reason.orElse("no guest account configured for PowerShell Direct"));
                return false;
            }
            recorder.windowsGuest(t.vmId(), hosts.readGuestServices(t.host(), t.hyperVId(), t.guestCredentials()),
                    op.id());
            return true;
        } catch (ConnectorException e) {
            recorder.guestFailed(t.vmId(), e.kind() + ": " + e.getMessage());
            return false;
        }
    }

    /** The guest endpoint with its host key pinned; the first key a guest presents is trusted and recorded. */
    GuestEndpoint pinned(ExecutionTarget t) throws ConnectorException {
        GuestEndpoint g = t.guest();
        if (g.approvedHostKeyFingerprint() != null) {
            return g;
        }
        String fingerprint = linux.presentedHostKey(g.address(), g.port()).fingerprint();
        recorder.pinGuestKey(t.vmId(), fingerprint);
        return new GuestEndpoint(g.address(), g.port(), g.username(), g.password(), fingerprint);
    }
}
