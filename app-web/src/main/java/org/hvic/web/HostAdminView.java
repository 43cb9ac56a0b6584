package org.hvic.web;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.hvic.inventory.HostRegistration;
import org.hvic.inventory.HostService;
import org.hvic.inventory.HostView;
import org.hvic.inventory.InventoryQueryService;

/** Administration of hosts (ADMIN): register with credentials, approve the host key a host presented. */
@Named
@ViewScoped
public class HostAdminView extends ViewBean {

    private static final long serialVersionUID = 1L;

    @EJB
    private HostService hostService;

    @EJB
    private InventoryQueryService inventory;

    private List<HostView> hosts = List.of();
    private String name;
    private String address;
    private Integer port = 22;
    private String os;
    private final Credentials credentials = new Credentials();
    private String guestUsername;
    private String guestPassword;

    public void load() {
        hosts = inventory.hosts();
    }

    public void register() {
        if (!allowed("ADMIN")) {
            return;
        }
        HostRegistration registration = new HostRegistration(name, address, port, os, credentials.getUsername(),
                credentials.takePassword(), guestUsername, guestPassword);
        guestPassword = null;
        Long id = attempt(() -> hostService.register(registration, currentActor.actor()));
        if (id != null) {
            info("admin.hosts.registered", name);
            name = null;
            address = null;
            load();
        }
    }

    /** Approves exactly the fingerprint the page showed, so a key that changed meanwhile is refused. */
    public void approve(long hostId, String fingerprint) {
        if (allowed("ADMIN") && attempt(() -> hostService.approveHostKey(hostId, fingerprint,
                currentActor.actor())) != null) {
            info("admin.hosts.approved", inventory.host(hostId).name());
            load();
        }
    }

    public List<HostView> getHosts() {
        return hosts;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public Integer getPort() {
        return port;
    }

    public void setPort(Integer port) {
        this.port = port;
    }

    public String getOs() {
        return os;
    }

    public void setOs(String os) {
        this.os = os;
    }

    public Credentials getCredentials() {
        return credentials;
    }

    public String getGuestUsername() {
        return guestUsername;
    }

    public void setGuestUsername(String guestUsername) {
        this.guestUsername = guestUsername;
    }

    public String getGuestPassword() {
        return guestPassword;
    }

    public void setGuestPassword(String guestPassword) {
        this.guestPassword = guestPassword;
    }
}
