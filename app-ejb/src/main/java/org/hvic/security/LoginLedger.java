package org.hvic.security;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hvic.audit.AuditEventType;
import org.hvic.audit.AuditRecord;
import org.hvic.audit.AuditService;

/**
 * The short transactions after a password check: counts a failure (locking the account when the policy says so) or
 * records a success. The user's row is locked ({@code SELECT ... FOR UPDATE}) so that concurrent attempts count
 * one by one; the audit entries are written in the same transaction.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class LoginLedger {

    private static final Logger LOG = Logger.getLogger(LoginLedger.class.getName());

    @PersistenceContext(unitName = "hvic")
    EntityManager em;

    @EJB
    AuditService audit;

    /** Counts one failed attempt; true when it locked the account. */
    public boolean failed(long userId, LockoutPolicy policy, Actor actor, String channel) {
        AppUser user = lockedUser(userId);
        if (user == null) {
            return false;
        }
        Instant now = Instant.now();
        LockoutPolicy.State before = new LockoutPolicy.State(user.getFailedAttempts(), user.getLockedUntil());
        LockoutPolicy.Outcome outcome = policy.afterFailure(before, now);
        user.attempted(outcome.state().failedAttempts(), outcome.state().lockedUntil());
        String id = user.getId().toString();
        audit.record(new AuditRecord(AuditEventType.LOGIN_FAILED, actor, "USER", id, user.getUsername(),
                Map.of("channel", channel, "failedAttempts", Integer.toString(outcome.state().failedAttempts())),
                "FAILED: wrong password"));
        if (outcome.lockedNow()) {
            LOG.warning(() -> "hvic: account '" + user.getUsername() + "' locked until " + outcome.state().lockedUntil()
                    + " after " + outcome.state().failedAttempts() + " failed sign-ins (last from "
                    + actor.clientAddress() + ")");
            audit.record(new AuditRecord(AuditEventType.ACCOUNT_LOCKED, actor, "USER", id, user.getUsername(),
                    Map.of("failedAttempts", Integer.toString(outcome.state().failedAttempts()),
                            "lockedUntil", outcome.state().lockedUntil().toString()),
                    "LOCKED until " + outcome.state().lockedUntil()));
        }
        return outcome.lockedNow();
    }

    /**
     * Records a successful sign-in: resets the failure count, sets the last login, replaces an outdated hash.
     * Returns the user's roles (empty if the user was disabled or locked meanwhile).
     */
    public Set<Role> succeeded(long userId, LockoutPolicy policy, Actor actor, String channel, boolean auditIt,
            PasswordHash rehashed) {
        AppUser user = lockedUser(userId);
        Instant now = Instant.now();
        if (user == null || !user.isEnabled()
                || policy.isLocked(new LockoutPolicy.State(user.getFailedAttempts(), user.getLockedUntil()), now)) {
            return EnumSet.noneOf(Role.class); // disabled or locked by a concurrent attempt meanwhile
        }
        user.loggedIn(now);
        if (rehashed != null) {
            user.changePassword(rehashed.algorithm(), rehashed.iterations(), rehashed.salt(), rehashed.hash());
        }
        if (auditIt) {
            audit.record(new AuditRecord(AuditEventType.LOGIN_SUCCEEDED, actor, "USER", user.getId().toString(),
                    user.getUsername(), Map.of("channel", channel), "SUCCEEDED"));
        }
        return user.getRoles();
    }

    /**
     * Locks the user's row first ({@code SELECT ... FOR UPDATE} waits for a concurrent login to commit) and only then
     * loads it, so the entity is current. Hibernate's own PESSIMISTIC_WRITE on PostgreSQL loads first and locks after
     * (follow-on locking), which fails with a stale version when two logins of one user overlap.
     */
    private AppUser lockedUser(long userId) {
        em.createNativeQuery("SELECT id FROM app_user WHERE id = ?1 FOR UPDATE").setParameter(1, userId).getResultList();
        return em.find(AppUser.class, userId);
    }
}
