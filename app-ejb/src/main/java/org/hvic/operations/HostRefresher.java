package org.hvic.operations;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hvic.connector.ConnectorException;
import org.hvic.connector.GuestEndpoint;
import org.hvic.connector.HostConnector;
import org.hvic.connector.HostInventory;
import org.hvic.connector.LinuxGuestConnector;

/**
 * A host refresh: one round trip for all VMs of the host, then one check per guest hvic can reach (Linux guests over
 * SSH, Windows guests through PowerShell Direct when its prerequisites hold).
 */
@ApplicationScoped
public class HostRefresher {

    @EJB
    RefreshRecorder recorder;

    @EJB
    ExecutionTargetLoader loader;

    @Inject
    HostConnector hosts;

    @Inject
    LinuxGuestConnector linux;

    AttemptOutcome refresh(ClaimedOperation op, ExecutionTarget host) throws ConnectorException {
        HostInventory inventory = hosts.readHost(host.host());
        int checked = 0;
        int unavailable = 0;
        Map<Long, String> failed = new LinkedHashMap<>();
        for (GuestCheck guest : recorder.host(host, inventory, op.id())) {
            if (guest.unavailable() != null) {
                unavailable++; // recorded with the report
                continue;
            }
            String error = check(op, guest.target());
            if (error == null) {
                checked++;
            } else {
                failed.put(guest.target().vmId(), error);
            }
        }
        if (!failed.isEmpty()) {
            recorder.guestsFailed(failed);
        }
        int notReachable = unavailable + failed.size();
        return AttemptOutcome.success(inventory.vms().size() + " VMs read, " + checked + " guests checked"
                + (notReachable == 0 ? "" : ", " + notReachable + " guests not reachable"),
                new HostRefresh(inventory, checked, notReachable));
    }

    AttemptOutcome refreshGuest(ClaimedOperation op, ExecutionTarget target) throws ConnectorException {
        GuestCheck guest = loader.guestCheck(target);
        String error = guest.unavailable() != null ? guest.unavailable() : check(op, target);
        if (error == null) {
            return AttemptOutcome.success("guest checked", null);
        }
        recorder.guestsFailed(Map.of(target.vmId(), error));
        return AttemptOutcome.failure("GUEST_CHECK_FAILED", error);
    }

    /**
     * Checks one guest that can be checked and records what it reports; returns null, or why the check failed (a
     * failure is recorded on the VM by the caller and does not fail a host refresh).
     */
    private String check(ClaimedOperation op, ExecutionTarget t) {
        try {
            if ("LINUX".equals(t.guestKind())) {
                recorder.linuxGuest(t.vmId(), linux.check(pinned(t)), op.id());
            } else {
                recorder.windowsGuest(t.vmId(), hosts.readGuestServices(t.host(), t.hyperVId(), t.guestCredentials()),
                        op.id());
            }
            return null;
        } catch (ConnectorException e) {
            return e.kind() + ": " + e.getMessage();
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
