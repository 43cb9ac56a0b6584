package org.hvic.security;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hvic.audit.AuditEventType;
import org.hvic.audit.AuditRecord;
import org.hvic.audit.AuditService;

/**
 * The identity store's back end: checks a username and password against {@code app_user} and applies the lock-out
 * policy. The slow part (PBKDF2) runs outside any transaction so that it holds no database connection; the writes
 * that follow (failure count, lock, last login, audit) are short transactions in {@link LoginLedger}.
 * Passwords are never logged and never leave this class.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class UserService {

    static final int MAX_AUDITED_NAME = 64;

    @PersistenceContext(unitName = "hvic")
    EntityManager em;

    @EJB
    LoginLedger ledger;

    @EJB
    AuditService audit;

    @Inject
    Passwords passwords;

    @Inject
    @ConfigProperty(name = "hvic.lockout.max-failures", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "hvic.lockout.minutes", defaultValue = "15")
    int lockMinutes;

    /**
     * Signs {@code username} in with {@code password}. {@code interactive} is true for the login page: only those
     * successes are audited (API calls with HTTP Basic authenticate on every request).
     */
    public AuthenticationResult authenticate(String username, String password, String clientAddress,
            boolean interactive) {
        String name = username == null ? "" : AppUser.normalize(username);
        String channel = interactive ? "ui" : "api";
        Optional<AppUser> found = name.isEmpty() ? Optional.empty() : find(name);
        if (found.isEmpty()) {
            passwords.hasher().verifyNobody(password);
            failed(name, null, clientAddress, channel, "FAILED: unknown user");
            return AuthenticationResult.rejected(AuthenticationResult.Outcome.INVALID);
        }
        AppUser user = found.get();
        LockoutPolicy policy = policy();
        if (!user.isEnabled()) {
            passwords.hasher().verifyNobody(password);
            failed(name, user.getId(), clientAddress, channel, "FAILED: account disabled");
            return AuthenticationResult.rejected(AuthenticationResult.Outcome.DISABLED);
        }
        if (policy.isLocked(new LockoutPolicy.State(user.getFailedAttempts(), user.getLockedUntil()), Instant.now())) {
            failed(name, user.getId(), clientAddress, channel, "FAILED: account locked until " + user.getLockedUntil());
            return AuthenticationResult.rejected(AuthenticationResult.Outcome.LOCKED);
        }
        PasswordHash stored = PasswordHash.of(user);
        if (!passwords.hasher().verify(password, stored)) {
            boolean lockedNow = ledger.failed(user.getId(), policy, new Actor(name, "", clientAddress), channel);
            return AuthenticationResult.rejected(lockedNow ? AuthenticationResult.Outcome.LOCKED
                    : AuthenticationResult.Outcome.INVALID);
        }
        PasswordHash rehashed = passwords.hasher().needsRehash(stored) ? passwords.hasher().hash(password) : null;
        Actor actor = new Actor(name, Role.list(user.getRoles()), clientAddress);
        Set<Role> roles = ledger.succeeded(user.getId(), policy, actor, channel, interactive, rehashed);
        return roles.isEmpty() ? AuthenticationResult.rejected(AuthenticationResult.Outcome.INVALID)
                : AuthenticationResult.valid(name, roles);
    }

    /**
     * The current roles of a signed-in user, for sessions that re-check now and then; empty when the user no longer
     * exists, is disabled or locked, or holds no role.
     */
    public Set<Role> currentRoles(String username) {
        Optional<AppUser> user = username == null ? Optional.empty() : find(AppUser.normalize(username));
        if (user.isEmpty() || !user.get().isEnabled()) {
            return EnumSet.noneOf(Role.class);
        }
        AppUser u = user.get();
        if (policy().isLocked(new LockoutPolicy.State(u.getFailedAttempts(), u.getLockedUntil()), Instant.now())) {
            return EnumSet.noneOf(Role.class);
        }
        return u.getRoles();
    }

    LockoutPolicy policy() {
        return new LockoutPolicy(maxFailures, Duration.ofMinutes(lockMinutes));
    }

    private Optional<AppUser> find(String normalizedName) {
        List<AppUser> users = em.createQuery("SELECT u FROM AppUser u WHERE u.username = :name", AppUser.class)
                .setParameter("name", normalizedName).getResultList();
        return users.stream().findFirst();
    }

    private void failed(String name, Long id, String clientAddress, String channel, String result) {
        String shown = name.length() > MAX_AUDITED_NAME ? name.substring(0, MAX_AUDITED_NAME) + "…" : name;
        Actor actor = new Actor(shown.isEmpty() ? "(none)" : shown, "", clientAddress);
        audit.recordAlone(new AuditRecord(AuditEventType.LOGIN_FAILED, actor, "USER", id == null ? null : id.toString(),
                shown, Map.of("channel", channel), result));
    }
}
