package org.hvic.security;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import org.hvic.audit.AuditEventType;
import org.hvic.audit.AuditRecord;
import org.hvic.audit.AuditService;
import org.hvic.problem.Problem;

/**
 * Users and roles, for administrators: list, create, change roles, unlock, disable and enable, set a new password.
 * Every change is audited in its own transaction. An administrator can neither disable themselves nor take away
 * their own ADMIN role, so hvic cannot lose its last administrator by accident.
 */
@Stateless
@RolesAllowed("ADMIN")
public class UserAdministration {

    @PersistenceContext(unitName = "hvic")
    EntityManager em;

    @EJB
    AuditService audit;

    @Inject
    Passwords passwords;

    public List<UserSummary> list() {
        Instant now = Instant.now();
        return em.createQuery("SELECT u FROM AppUser u ORDER BY u.username", AppUser.class).getResultList().stream()
                .map(u -> UserSummary.of(u, now)).toList();
    }

    public UserSummary get(long id) {
        return UserSummary.of(find(id), Instant.now());
    }

    public UserSummary create(Actor actor, String username, String password, Collection<String> roleNames) {
        String name = UserRules.username(username);
        UserRules.password(password);
        Set<Role> roles = UserRules.roles(roleNames);
        boolean taken = !em.createQuery("SELECT u.id FROM AppUser u WHERE u.username = :name", Long.class)
                .setParameter("name", name).getResultList().isEmpty();
        if (taken) {
            throw Problem.conflict("a user named '" + name + "' exists already");
        }
        PasswordHash hash = passwords.hasher().hash(password);
        AppUser user = new AppUser(name, hash.algorithm(), hash.iterations(), hash.salt(), hash.hash(), roles);
        try {
            em.persist(user);
            em.flush();
        } catch (PersistenceException raced) {
            throw Problem.conflict("a user named '" + name + "' exists already");
        }
        audit(AuditEventType.USER_CREATED, actor, user, Map.of("roles", Role.list(roles)), "CREATED");
        return UserSummary.of(user, Instant.now());
    }

    public UserSummary changeRoles(Actor actor, long id, Collection<String> roleNames) {
        Set<Role> roles = UserRules.roles(roleNames);
        AppUser user = find(id);
        if (isSelf(actor, user) && !roles.contains(Role.ADMIN)) {
            throw Problem.conflict("you cannot take away your own ADMIN role");
        }
        String before = Role.list(user.getRoles());
        user.changeRoles(roles);
        audit(AuditEventType.USER_UPDATED, actor, user,
                Map.of("action", "roles", "before", before, "after", Role.list(roles)), "UPDATED");
        return UserSummary.of(user, Instant.now());
    }

    public UserSummary unlock(Actor actor, long id) {
        AppUser user = find(id);
        user.unlock();
        audit(AuditEventType.USER_UPDATED, actor, user, Map.of("action", "unlock"), "UNLOCKED");
        return UserSummary.of(user, Instant.now());
    }

    /** Disables the user (DELETE): the row, its history and its audit entries stay. */
    public UserSummary disable(Actor actor, long id) {
        AppUser user = find(id);
        if (isSelf(actor, user)) {
            throw Problem.conflict("you cannot disable yourself");
        }
        user.enable(false);
        audit(AuditEventType.USER_DELETED, actor, user, Map.of("action", "disable"), "DISABLED");
        return UserSummary.of(user, Instant.now());
    }

    public UserSummary enable(Actor actor, long id) {
        AppUser user = find(id);
        user.enable(true);
        user.unlock();
        audit(AuditEventType.USER_UPDATED, actor, user, Map.of("action", "enable"), "ENABLED");
        return UserSummary.of(user, Instant.now());
    }

    public UserSummary changePassword(Actor actor, long id, String password) {
        UserRules.password(password);
        AppUser user = find(id);
        PasswordHash hash = passwords.hasher().hash(password);
        user.changePassword(hash.algorithm(), hash.iterations(), hash.salt(), hash.hash());
        user.unlock();
        audit(AuditEventType.USER_UPDATED, actor, user, Map.of("action", "password"), "PASSWORD CHANGED");
        return UserSummary.of(user, Instant.now());
    }

    private AppUser find(long id) {
        AppUser user = em.find(AppUser.class, id);
        if (user == null) {
            throw Problem.notFound("user", id);
        }
        return user;
    }

    private static boolean isSelf(Actor actor, AppUser user) {
        return AppUser.normalize(actor.name()).equals(user.getUsername());
    }

    private void audit(AuditEventType type, Actor actor, AppUser user, Map<String, String> parameters, String result) {
        audit.record(new AuditRecord(type, actor, "USER", user.getId().toString(), user.getUsername(), parameters,
                result));
    }
}
