package org.hvic.operations;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hvic.connector.GuestServiceState;
import org.hvic.connector.HostEndpoint;
import org.hvic.connector.HostInventory;
import org.hvic.connector.LinuxGuestState;
import org.hvic.inventory.Host;
import org.hvic.inventory.InventoryWriter;
import org.hvic.inventory.VirtualMachine;
import org.hvic.inventory.VmRuntime;

/** Records what a refresh observed, each step in its own short transaction. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RefreshRecorder {

    /** Entities only read: no snapshot is kept for dirty checking. */
    private static final String READ_ONLY = "org.hibernate.readOnly";

    @PersistenceContext(unitName = "hvic")
    EntityManager em;

    @EJB
    InventoryWriter writer;

    @EJB
    ExecutionTargetLoader loader;

    /**
     * Records a host's report and returns its guests with their endpoints and credentials, and whether they can be
     * checked now (two more queries for all of them); those that cannot are recorded so at once. Running guests of unknown kind are included: PowerShell Direct
     * may tell that they run Windows.
     */
    public List<GuestCheck> host(long hostId, HostEndpoint endpoint, HostInventory inventory, long operationId) {
        writer.applyHost(hostId, inventory, inventory.hostOs(), "REFRESH", operationId);
        List<GuestCheck> guests = guests(hostId, endpoint);
        // guests that cannot be checked now are recorded as such right here, in the same transaction
        Map<Long, String> unavailable = new LinkedHashMap<>();
        guests.stream().filter(g -> g.unavailable() != null)
                .forEach(g -> unavailable.put(g.target().vmId(), g.unavailable()));
        writer.guestChecksFailed(unavailable);
        return guests;
    }

    private List<GuestCheck> guests(long hostId, HostEndpoint endpoint) {
        Host host = em.find(Host.class, hostId);
        List<VirtualMachine> vms = em.createQuery(
                "SELECT v FROM VirtualMachine v WHERE v.host.id = :h AND v.goneAt IS NULL ORDER BY v.id",
                VirtualMachine.class).setParameter("h", hostId).setHint(READ_ONLY, true).getResultList();
        Map<Long, VmRuntime> runtimes = new HashMap<>();
        if (!vms.isEmpty()) {
            em.createQuery("SELECT r FROM VmRuntime r WHERE r.id IN :ids", VmRuntime.class)
                    .setParameter("ids", vms.stream().map(VirtualMachine::getId).toList()).setHint(READ_ONLY, true)
                    .getResultList()
                    .forEach(r -> runtimes.put(r.getId(), r));
        }
        List<GuestCheck> targets = new ArrayList<>();
        for (VirtualMachine vm : vms) {
            VmRuntime runtime = runtimes.get(vm.getId());
            if (runtime == null) {
                continue;
            }
            boolean unknown = "UNKNOWN".equals(runtime.getGuestKind().name());
            if (!unknown || "Running".equals(runtime.getState())) {
                targets.add(GuestCheck.of(loader.forVm(host, endpoint, vm, runtime), runtime));
            }
        }
        return targets;
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

    public VmRuntime runtime(long vmId) {
        VmRuntime runtime = em.find(VmRuntime.class, vmId);
        if (runtime != null) {
            em.detach(runtime);
        }
        return runtime;
    }
}
