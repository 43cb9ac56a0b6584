package org.hvic.operations;

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
        HostEndpoint endpoint = new HostEndpoint(host.getAddress(), host.getPort(), host.getUsername(),
                cipher.decrypt(host.getPasswordSecret()), host.getApprovedHostKey());
        if (op.vmId() == null) {
            return new ExecutionTarget(host.getId(), host.getName(), endpoint, null, null, null, null,
                    hostGuestCredentials(host), null);
        }
        VirtualMachine vm = em.find(VirtualMachine.class, op.vmId());
        VmRuntime runtime = em.find(VmRuntime.class, op.vmId());
        return forVm(host, endpoint, vm, runtime);
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

    private GuestCredentials hostGuestCredentials(Host host) {
        return host.getGuestUsername() == null ? null
                : new GuestCredentials(host.getGuestUsername(), cipher.decrypt(host.getGuestPasswordSecret()));
    }
}
