package org.hvic.security;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A person (or API client) who signs in to hvic: the hash of the password (PBKDF2, with its salt and iteration count),
 * the roles, and the state of the lock-out. The username is kept lower-case; it is unique without regard to case.
 */
@Entity
@Table(name = "app_user")
public class AppUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 64)
    private String username;

    @Column(name = "password_algorithm", nullable = false, length = 32)
    private String passwordAlgorithm;

    @Column(name = "password_iterations", nullable = false)
    private int passwordIterations;

    @Column(name = "password_salt", nullable = false, length = 64)
    private String passwordSalt;

    @Column(name = "password_hash", nullable = false, length = 128)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Column(name = "password_changed_at", nullable = false)
    private Instant passwordChangedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role", nullable = false, length = 16)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Version
    private long version;

    protected AppUser() {
    }

    public AppUser(String username, String algorithm, int iterations, String salt, String hash, Collection<Role> roles) {
        this.username = normalize(username);
        this.enabled = true;
        this.createdAt = Instant.now();
        changePassword(algorithm, iterations, salt, hash);
        changeRoles(roles);
    }

    /** The form in which usernames are stored and compared: stripped and lower-case. */
    public static String normalize(String username) {
        return Objects.requireNonNull(username, "username").strip().toLowerCase(Locale.ROOT);
    }

    public final void changePassword(String algorithm, int iterations, String salt, String hash) {
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be positive");
        }
        this.passwordAlgorithm = Objects.requireNonNull(algorithm);
        this.passwordIterations = iterations;
        this.passwordSalt = Objects.requireNonNull(salt);
        this.passwordHash = Objects.requireNonNull(hash);
        this.passwordChangedAt = Instant.now();
    }

    public final void changeRoles(Collection<Role> newRoles) {
        roles.clear();
        roles.addAll(newRoles);
    }

    /** Records the state of the lock-out after an attempt to sign in. */
    public void attempted(int failedAttempts, Instant lockedUntil) {
        this.failedAttempts = failedAttempts;
        this.lockedUntil = lockedUntil;
    }

    public void loggedIn(Instant at) {
        this.lastLoginAt = at;
        this.failedAttempts = 0;
        this.lockedUntil = null;
    }

    public void unlock() {
        this.failedAttempts = 0;
        this.lockedUntil = null;
    }

    public void enable(boolean enabled) {
        this.enabled = enabled;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordAlgorithm() {
        return passwordAlgorithm;
    }

    public int getPasswordIterations() {
        return passwordIterations;
    }

    public String getPasswordSalt() {
        return passwordSalt;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public int getFailedAttempts() {
        return failedAttempts;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** The roles, in order of precedence (a copy). */
    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }
}
