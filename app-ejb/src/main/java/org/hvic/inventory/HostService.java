package org.hvic.inventory;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hvic.audit.AuditEventType;
import org.hvic.audit.AuditRecord;
import org.hvic.audit.AuditService;
import org.hvic.problem.Problem;
import org.hvic.security.Actor;

/** Registers hosts, approves their SSH host keys and keeps guest access settings. Every change is audited. */
@Stateless
public class HostService {

    private static final Pattern ADDRESS = Pattern.compile("[A-Za-z0-9._:-]{1,253}");
    private static final Pattern FINGERPRINT = Pattern.compile("SHA256:[A-Za-z0-9+/]{43}=?");

    @PersistenceContext(unitName = "hvic")
    EntityManager em;

    @Inject
    CredentialCipher cipher;

    @EJB
    AuditService audit;

    public long register(HostRegistration r, Actor actor) {
        String name = required(r.name(), "name", 255);
        String address = required(r.address(), "address", 253);
        if (!ADDRESS.matcher(address).matches()) {
            throw Problem.invalid("address must be a host name or an IP address");
        }
        int port = r.port() == null ? 22 : r.port();
        if (port < 1 || port > 65535) {
            throw Problem.invalid("port must be between 1 and 65535");
        }
        String username = required(r.username(), "username", 255);
        String password = required(r.password(), "password", 1024);
        if (!em.createQuery("SELECT h.id FROM Host h WHERE lower(h.name) = lower(:n) OR (h.address = :a AND h.port = :p)")
                .setParameter("n", name).setParameter("a", address).setParameter("p", port).getResultList().isEmpty()) {
            throw Problem.conflict("a host with this name or address and port is already registered");
        }
        Host host = new Host(name, address, port, trimToNull(r.os()), username, cipher.encrypt(password));
        if (r.guestUsername() != null && !r.guestUsername().isBlank()) {
            host.defaultGuestAccount(r.guestUsername().trim(), cipher.encrypt(r.guestPassword()));
        }
        em.persist(host);
        em.flush();
        Map<String, String> params = new LinkedHashMap<>();
        params.put("address", address);
        params.put("port", String.valueOf(port));
        params.put("os", String.valueOf(host.getOsName()));
        params.put("username", username);
        audit.record(new AuditRecord(AuditEventType.HOST_REGISTERED, actor, "HOST", String.valueOf(host.getId()),
                name, params, "REGISTERED"));
        return host.getId();
    }

    /**
     * Approves the host key the host presented at its last connection attempt. When {@code fingerprint} is given it
     * must be the presented one, so an administrator approves exactly the key they saw.
     */
    public String approveHostKey(long hostId, String fingerprint, Actor actor) {
        Host host = find(hostId);
        String presented = host.getPresentedHostKey();
        String chosen = fingerprint == null || fingerprint.isBlank() ? presented : fingerprint.trim();
        if (chosen == null) {
            throw Problem.conflict("host " + host.getName() + " has not presented a host key yet: refresh it first");
        }
        if (!FINGERPRINT.matcher(chosen).matches()) {
            throw Problem.invalid("fingerprint must look like SHA256:<43 base64 characters>");
        }
        if (presented != null && !presented.equals(chosen)) {
            throw Problem.conflict("the host presented " + presented + ", not " + chosen);
        }
        String before = host.getApprovedHostKey();
        host.approveHostKey(chosen);
        audit.record(new AuditRecord(AuditEventType.HOST_KEY_APPROVED, actor, "HOST", String.valueOf(hostId),
                host.getName(), Map.of("fingerprint", chosen, "previous", String.valueOf(before)), "APPROVED"));
        return chosen;
    }

    /** Sets how hvic reaches a Linux guest (address, port, account); the password is stored encrypted. */
    public void setGuestAccess(long vmId, String address, Integer port, String username, String password, Actor actor) {
        VirtualMachine vm = em.find(VirtualMachine.class, vmId);
        if (vm == null) {
            throw Problem.notFound("VM", vmId);
        }
        String addr = trimToNull(address);
        if (addr != null && !ADDRESS.matcher(addr).matches()) {
            throw Problem.invalid("address must be a host name or an IP address");
        }
        if (port != null && (port < 1 || port > 65535)) {
            throw Problem.invalid("port must be between 1 and 65535");
        }
        String user = trimToNull(username);
        if (user != null && user.length() > 255) {
            throw Problem.invalid("username is too long");
        }
        vm.guestAccess(addr, port, user, password == null || password.isEmpty() ? null : cipher.encrypt(password));
        Map<String, String> params = new LinkedHashMap<>();
        params.put("address", String.valueOf(addr));
        params.put("port", String.valueOf(port));
        params.put("username", String.valueOf(user));
        params.put("password", password == null || password.isEmpty() ? "unchanged-or-none" : "set");
        audit.record(new AuditRecord(AuditEventType.GUEST_ACCESS_CHANGED, actor, "VM", String.valueOf(vmId),
                vm.getName(), params, "CHANGED"));
    }

    Host find(long hostId) {
        Host host = em.find(Host.class, hostId);
        if (host == null) {
            throw Problem.notFound("host", hostId);
        }
        return host;
    }

    private static String required(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw Problem.invalid(field + " is required");
        }
        if (value.length() > max) {
            throw Problem.invalid(field + " is longer than " + max + " characters");
        }
        return field.equals("password") ? value : value.trim();
    }

    private static String trimToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
