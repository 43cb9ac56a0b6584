package org.hvic.operations;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hvic.connector.GuestCredentials;
import org.hvic.connector.GuestEndpoint;
import org.hvic.connector.HostEndpoint;
import org.hvic.inventory.CredentialCipher;
import org.hvic.operations.TargetRows.HostRow;
import org.hvic.operations.TargetRows.VmRow;

/** Reads what attempts need, in a short transaction of its own, so that no transaction is open during SSH calls. */
@Stateless
public class ExecutionTargetLoader {

    @PersistenceContext(unitName = "hvic")
    EntityManager em;

    @Inject
    CredentialCipher cipher;

    /** The target of one operation; fails when its host or VM is no longer in the inventory. */
    public ExecutionTarget load(ClaimedOperation op) {
        ExecutionTarget target = loadAll(List.of(op)).get(op.id());
        if (target == null) {
            throw new IllegalStateException("the " + (op.vmId() == null ? "host" : "VM")
                    + " of operation " + op.id() + " is no longer in the inventory");
        }
        return target;
    }

    /**
     * The targets of many claimed operations (two queries for all of them); an operation whose host or VM is
     * missing is left out, {@link #load} then reports it.
     */
    public Map<Long, ExecutionTarget> loadAll(List<ClaimedOperation> ops) {
        Map<Long, HostRow> hosts = TargetRows.hosts(em, ops.stream().map(ClaimedOperation::hostId).toList());
        Map<Long, VmRow> vms = TargetRows.vms(em,
                ops.stream().map(ClaimedOperation::vmId).filter(Objects::nonNull).toList());
        Map<Long, ExecutionTarget> hostTargets = new HashMap<>();
        Map<Long, ExecutionTarget> targets = new HashMap<>();
        for (ClaimedOperation op : ops) {
            HostRow host = hosts.get(op.hostId());
            if (host == null || (op.vmId() != null && !vms.containsKey(op.vmId()))) {
                continue;
            }
            ExecutionTarget hostTarget = hostTargets.computeIfAbsent(host.id(), id -> hostTarget(host));
            targets.put(op.id(), op.vmId() == null ? hostTarget : forVm(hostTarget, vms.get(op.vmId())));
        }
        return targets;
    }

    /**
     * The guests a refresh of this host looks at: VMs it reported last time with a runtime row, except those of unknown
     * kind that are not running (nothing could tell what they run). {@code host} is the refresh's own target: its
     * guest account is opened once for all VMs without one of their own. Called in the refresh's transaction.
     */
    public List<GuestCheck> guestChecks(ExecutionTarget host) {
        List<GuestCheck> checks = new ArrayList<>();
        for (VmRow vm : TargetRows.vmsOfHost(em, host.hostId())) {
            if (vm.runtime() && (!"UNKNOWN".equals(vm.guestKind()) || "Running".equals(vm.state()))) {
                checks.add(GuestCheck.of(forVm(host, vm), vm));
            }
        }
        return checks;
    }

    /** Whether one guest can be checked now, from what the inventory knows of it. */
    public GuestCheck guestCheck(ExecutionTarget target) {
        VmRow vm = TargetRows.vms(em, List.of(target.vmId())).get(target.vmId());
        return GuestCheck.of(target, vm == null || !vm.runtime() ? null : vm);
    }

    /** A VM's target on its host's: the VM's own guest account if it has one, else the host's (opened once). */
    private ExecutionTarget forVm(ExecutionTarget host, VmRow vm) {
        GuestCredentials credentials = vm.guestUsername() == null ? host.guestCredentials()
                : new GuestCredentials(vm.guestUsername(), cipher.decrypt(vm.guestPasswordSecret()));
        String kind = vm.guestKind();
        GuestEndpoint guest = null;
        String address = vm.guestAddress() != null ? vm.guestAddress() : vm.reportedAddress();
        if ("LINUX".equals(kind) && address != null && credentials != null) {
            int port = vm.guestPort() != null ? vm.guestPort() : host.host().port();
            guest = new GuestEndpoint(address, port, credentials.user(), credentials.password(), vm.guestHostKey());
        }
        return new ExecutionTarget(host.hostId(), host.hostName(), host.host(), vm.id(), vm.hyperVId(), vm.name(), kind,
                credentials, guest);
    }

    private ExecutionTarget hostTarget(HostRow host) {
        HostEndpoint endpoint = new HostEndpoint(host.address(), host.port(), host.username(),
                cipher.decrypt(host.passwordSecret()), host.approvedHostKey());
        GuestCredentials guest = host.guestUsername() == null ? null
                : new GuestCredentials(host.guestUsername(), cipher.decrypt(host.guestPasswordSecret()));
        return new ExecutionTarget(host.id(), host.name(), endpoint, null, null, null, null, guest, null);
    }
}
