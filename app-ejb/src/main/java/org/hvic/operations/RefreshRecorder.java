package org.hvic.operations;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hvic.connector.GuestServiceState;
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

    @PersistenceContext(unitName = "hvic")
    EntityManager em;

    @EJB
    InventoryWriter writer;

    @EJB
    ExecutionTargetLoader loader;

    public Map<UUID, Long> host(long hostId, HostInventory inventory, long operationId) {
        return writer.applyHost(hostId, inventory, inventory.hostOs(), "REFRESH", operationId);
    }

    /** The guests of a host that can be checked now, with their endpoints and credentials. */
    public List<ExecutionTarget> guests(long hostId) {
        Host host = em.find(Host.class, hostId);
        List<ExecutionTarget> targets = new ArrayList<>();
        for (VirtualMachine vm : em.createQuery(
                "SELECT v FROM VirtualMachine v WHERE v.host.id = :h AND v.goneAt IS NULL ORDER BY v.id",
                VirtualMachine.class).setParameter("h", hostId).getResultList()) {
            VmRuntime runtime = em.find(VmRuntime.class, vm.getId());
            boolean probe = runtime != null && "UNKNOWN".equals(runtime.getGuestKind().name())
                    && "Running".equals(runtime.getState());
            if (runtime != null && (probe || !"UNKNOWN".equals(runtime.getGuestKind().name()))) {
                targets.add(loader.forVm(host, null, vm, runtime));
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

    public void guestFailed(long vmId, String error) {
        writer.guestCheckFailed(vmId, error);
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
