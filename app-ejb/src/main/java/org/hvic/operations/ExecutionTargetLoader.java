package org.hvic.operations;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hvic.connector.GuestCredentials;
import org.hvic.connector.GuestEndpoint;
import org.hvic.connector.HostEndpoint;
import org.hvic.inventory.CredentialCipher;
import org.hvic.inventory.Host;
import org.hvic.inventory.VirtualMachine;
import org.hvic.inventory.VmRuntime;

/** Reads what one attempt needs, in its own short transaction, so that no transaction is open during SSH calls. */
@Stateless
public class ExecutionTargetLoader {

    @PersistenceContext(unitName = "hvic")
    EntityManager em;

    @Inject
    CredentialCipher cipher;

    public ExecutionTarget load(ClaimedOperation op) {
        Host host = em.find(Host.class, op.hostId());
        HostEndpoint endpoint = endpoint(host);
        if (op.vmId() == null) {
            return hostTarget(host, endpoint);
        }
        VirtualMachine vm = em.find(VirtualMachine.class, op.vmId());
        VmRuntime runtime = em.find(VmRuntime.class, op.vmId());
        return forVm(host, endpoint, vm, runtime);
    }

    /**
     * The targets of many claimed operations in one transaction (three queries); an operation whose host or VM is
     * missing is left out, {@link #load} then reports it.
     */
    public Map<Long, ExecutionTarget> loadAll(List<ClaimedOperation> ops) {
        Map<Long, Host> hosts = byId(Host.class, ops.stream().map(ClaimedOperation::hostId).toList(), Host::getId);
        List<Long> vmIds = ops.stream().map(ClaimedOperation::vmId).filter(Objects::nonNull).toList();
        Map<Long, VirtualMachine> vms = byId(VirtualMachine.class, vmIds, VirtualMachine::getId);
        Map<Long, VmRuntime> runtimes = byId(VmRuntime.class, vmIds, VmRuntime::getId);
        Map<Long, HostEndpoint> endpoints = new HashMap<>();
        Map<Long, ExecutionTarget> targets = new HashMap<>();
        for (ClaimedOperation op : ops) {
            Host host = hosts.get(op.hostId());
            if (host == null || (op.vmId() != null && !vms.containsKey(op.vmId()))) {
                continue;
            }
            HostEndpoint endpoint = endpoints.computeIfAbsent(host.getId(), id -> endpoint(host));
            targets.put(op.id(), op.vmId() == null ? hostTarget(host, endpoint)
                    : forVm(host, endpoint, vms.get(op.vmId()), runtimes.get(op.vmId())));
        }
        return targets;
    }

    private <T> Map<Long, T> byId(Class<T> type, List<Long> ids, Function<T, Long> id) {
        Map<Long, T> found = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("SELECT e FROM " + type.getSimpleName() + " e WHERE e.id IN :ids", type)
                    .setParameter("ids", ids.stream().distinct().toList()).getResultList()
                    .forEach(e -> found.put(id.apply(e), e));
        }
        return found;
    }

    public ExecutionTarget forVm(Host host, HostEndpoint endpoint, VirtualMachine vm, VmRuntime runtime) {
        String user = vm.getGuestUsername() != null ? vm.getGuestUsername() : host.getGuestUsername();
        String secret = vm.getGuestUsername() != null ? vm.getGuestPasswordSecret() : host.getGuestPasswordSecret();
        GuestCredentials credentials = user == null ? null : new GuestCredentials(user, cipher.decrypt(secret));
        String kind = runtime == null ? "UNKNOWN" : runtime.getGuestKind().name();
        GuestEndpoint guest = null;
        String address = vm.getGuestAddress() != null ? vm.getGuestAddress()
                : runtime == null ? null : runtime.getReportedAddress();
        if ("LINUX".equals(kind) && address != null && credentials != null) {
            int port = vm.getGuestPort() != null ? vm.getGuestPort() : host.getPort();
            guest = new GuestEndpoint(address, port, credentials.user(), credentials.password(), vm.getGuestHostKey());
        }
        return new ExecutionTarget(host.getId(), host.getName(), endpoint, vm.getId(), vm.getVmId(), vm.getName(), kind,
                credentials, guest);
    }

    private HostEndpoint endpoint(Host host) {
        return new HostEndpoint(host.getAddress(), host.getPort(), host.getUsername(),
                cipher.decrypt(host.getPasswordSecret()), host.getApprovedHostKey());
    }

    private ExecutionTarget hostTarget(Host host, HostEndpoint endpoint) {
        return new ExecutionTarget(host.getId(), host.getName(), endpoint, null, null, null, null,
                hostGuestCredentials(host), null);
    }

    private GuestCredentials hostGuestCredentials(Host host) {
        return host.getGuestUsername() == null ? null
                : new GuestCredentials(host.getGuestUsername(), cipher.decrypt(host.getGuestPasswordSecret()));
    }
}
