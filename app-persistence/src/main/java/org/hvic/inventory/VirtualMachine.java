package org.hvic.inventory;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A virtual machine, keyed by its Hyper-V VMId (names need not be unique and may change). This entity holds what an
 * administrator configures; what the host reports lives in {@link VmRuntime}.
 */
@Entity
@Table(name = "virtual_machine")
public class VirtualMachine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "host_id", nullable = false)
    private Host host;

    @Column(name = "vm_id", nullable = false, updatable = false)
    private UUID vmId;

    @Column(nullable = false, length = 1024)
    private String name;

    @Column(name = "guest_address")
    private String guestAddress;

    @Column(name = "guest_port")
    private Integer guestPort;

    @Column(name = "guest_username")
    private String guestUsername;

    @Column(name = "guest_password_secret")
    private String guestPasswordSecret;

    @Column(name = "guest_os_override")
    private String guestOsOverride;

    @Column(name = "guest_host_key")
    private String guestHostKey;

    @Column(name = "first_seen_at", nullable = false)
    private Instant firstSeenAt;

    @Column(name = "gone_at")
    private Instant goneAt;

    @Version
    private long version;

    protected VirtualMachine() {
    }

    public VirtualMachine(Host host, UUID vmId, String name) {
        this.host = Objects.requireNonNull(host);
        this.vmId = Objects.requireNonNull(vmId);
        this.name = Objects.requireNonNull(name);
        this.firstSeenAt = Instant.now();
    }

    /** The host reported this VM again: it may have been renamed or moved, and it is no longer gone. */
    public void seen(Host reportedBy, String reportedName) {
        this.host = reportedBy;
        this.name = reportedName;
        this.goneAt = null;
    }

    public void markGone(Instant at) {
        if (goneAt == null) {
            goneAt = at;
        }
    }

    public void guestAccess(String address, Integer port, String username, String passwordSecret) {
        this.guestAddress = address;
        this.guestPort = port;
        this.guestUsername = username;
        this.guestPasswordSecret = passwordSecret;
    }

    public void overrideGuestOs(String guestOs) {
        this.guestOsOverride = guestOs;
    }

    public String getGuestHostKey() {
        return guestHostKey;
    }

    public void pinGuestHostKey(String fingerprint) {
        this.guestHostKey = fingerprint;
    }

    public Long getId() {
        return id;
    }

    public Host getHost() {
        return host;
    }

    public UUID getVmId() {
        return vmId;
    }

    public String getName() {
        return name;
    }

    public String getGuestAddress() {
        return guestAddress;
    }

    public Integer getGuestPort() {
        return guestPort;
    }

    public String getGuestUsername() {
        return guestUsername;
    }

    public String getGuestPasswordSecret() {
        return guestPasswordSecret;
    }

    public String getGuestOsOverride() {
        return guestOsOverride;
    }

    public Instant getFirstSeenAt() {
        return firstSeenAt;
    }

    public Instant getGoneAt() {
        return goneAt;
    }

    public boolean isGone() {
        return goneAt != null;
    }
}
