package org.hvic.operations;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import org.hvic.connector.GuestServiceState;
import org.hvic.connector.HostInventory;
import org.hvic.connector.LinuxGuestState;
import org.hvic.inventory.InventoryWriter;

/** Records what a refresh observed, each step in its own short transaction. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RefreshRecorder {

    @EJB
    InventoryWriter writer;

    @EJB
    ExecutionTargetLoader loader;

    /**
     * Records a host's report and returns its guests with their endpoints and credentials, and whether they can be
     * checked now (two more queries for all of them); those that cannot are recorded so at once. Running guests of
     * unknown kind are included: PowerShell Direct may tell that they run Windows.
     */
    public List<GuestCheck> host(ExecutionTarget host, HostInventory inventory, long operationId) {
        writer.applyHost(host.hostId(), inventory, inventory.hostOs(), "REFRESH", operationId);
        List<GuestCheck> guests = loader.guestChecks(host);
        // guests that cannot be checked now are recorded as such right here, in the same transaction
        Map<Long, String> unavailable = new LinkedHashMap<>();
        guests.stream().filter(g -> g.unavailable() != null)
                .forEach(g -> unavailable.put(g.target().vmId(), g.unavailable()));
        writer.guestChecksFailed(unavailable);
        return guests;
    }

    public void windowsGuest(long vmId, List<GuestServiceState> services, long operationId) {
        writer.applyWindowsGuest(vmId, services, "REFRESH", operationId);
    }

    public void linuxGuest(long vmId, LinuxGuestState state, long operationId) {
        writer.applyLinuxGuest(vmId, state, "REFRESH", operationId);
    }

    public void guestsFailed(Map<Long, String> errors) {
        writer.guestChecksFailed(errors);
    }

    public void pinGuestKey(long vmId, String fingerprint) {
        writer.pinGuestHostKey(vmId, fingerprint);
    }
}
