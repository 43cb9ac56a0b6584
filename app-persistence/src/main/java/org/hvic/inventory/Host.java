package org.hvic.inventory;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A Hyper-V host as an administrator registered it, plus what hvic learned when it last talked to it. */
@Entity
@Table(name = "host")
public class Host {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String address;

    @Column(nullable = false)
    private int port;

    @Column(name = "os_name")
    private String osName;

    @Column(nullable = false)
    private String username;

    @Column(name = "password_secret", nullable = false)
    private String passwordSecret;

    @Column(name = "guest_username")
    private String guestUsername;

    @Column(name = "guest_password_secret")
    private String guestPasswordSecret;

    @Column(name = "approved_host_key")
    private String approvedHostKey;

    @Column(name = "presented_host_key")
    private String presentedHostKey;

    private Boolean reachable;

    @Column(name = "last_refresh_at")
    private Instant lastRefreshAt;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "consecutive_failures", nullable = false)
    private int consecutiveFailures;

    @Column(name = "paused_until")
    private Instant pausedUntil;

    @Version
    private long version;

    protected Host() {
    }

    public Host(String name, String address, int port, String osName, String username, String passwordSecret) {
        this.name = Objects.requireNonNull(name);
        this.address = Objects.requireNonNull(address);
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port must be between 1 and 65535");
        }
        this.port = port;
        this.osName = osName;
        this.username = Objects.requireNonNull(username);
        this.passwordSecret = Objects.requireNonNull(passwordSecret);
        this.createdAt = Instant.now();
    }

    public void approveHostKey(String fingerprint) {
        this.approvedHostKey = Objects.requireNonNull(fingerprint);
        if (fingerprint.equals(presentedHostKey)) {
            presentedHostKey = null;
        }
    }

    public void keyPresented(String fingerprint) {
        this.presentedHostKey = fingerprint;
    }

    public void failed(String error, boolean unreachable) {
        this.lastError = error;
        if (unreachable) {
            this.reachable = false;
        }
    }

    public void defaultGuestAccount(String user, String passwordSecret) {
        this.guestUsername = user;
        this.guestPasswordSecret = passwordSecret;
    }

    public int getConsecutiveFailures() {
        return consecutiveFailures;
    }

    public Instant getPausedUntil() {
        return pausedUntil;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getAddress() {
        return address;
    }

    public int getPort() {
        return port;
    }

    public String getOsName() {
        return osName;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordSecret() {
        return passwordSecret;
    }

    public String getGuestUsername() {
        return guestUsername;
    }

    public String getGuestPasswordSecret() {
        return guestPasswordSecret;
    }

    public String getApprovedHostKey() {
        return approvedHostKey;
    }

    public String getPresentedHostKey() {
        return presentedHostKey;
    }

    public Boolean getReachable() {
        return reachable;
    }

    public Instant getLastRefreshAt() {
        return lastRefreshAt;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
