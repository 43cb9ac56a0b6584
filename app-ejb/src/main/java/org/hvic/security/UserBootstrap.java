package org.hvic.security;

import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.Config;
import org.hvic.audit.AuditEventType;
import org.hvic.audit.AuditRecord;
import org.hvic.audit.AuditService;

/**
 * First start: when no user exists, creates {@code admin} (ADMIN) with the password of {@code HVIC_ADMIN_PASSWORD},
 * or a random one printed once to the server log. With {@code HVIC_DEMO_USERS=true} (the demo run) it also creates
 * {@code operator}, {@code auditor} and {@code manager} when absent, with {@code HVIC_DEMO_PASSWORD} or a random
 * password printed once. Existing users are never changed. Nodes starting at once serialise on a PostgreSQL advisory
 * lock, and the unique index on the username is the last line of defence.
 */
@Singleton
@Startup
public class UserBootstrap {

    private static final Logger LOG = Logger.getLogger(UserBootstrap.class.getName());
    /** Arbitrary but fixed: the advisory lock key of this bootstrap ("hvicuser"). */
    static final long LOCK_KEY = 0x6876696375736572L;
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "hvic")
    EntityManager em;

    @EJB
    AuditService audit;

    @Inject
    Passwords passwords;

    @Inject
    Config config;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void createFirstUsers() {
        em.createNativeQuery("SELECT count(*) FROM (SELECT pg_advisory_xact_lock(?1)) AS locked")
                .setParameter(1, LOCK_KEY).getSingleResult();
        long users = em.createQuery("SELECT count(u) FROM AppUser u", Long.class).getSingleResult();
        if (users == 0) {
            create("admin", Role.ADMIN, setting("HVIC_ADMIN_PASSWORD"), "HVIC_ADMIN_PASSWORD");
        }
        if (Boolean.parseBoolean(setting("HVIC_DEMO_USERS").orElse("false"))) {
            Optional<String> demoPassword = setting("HVIC_DEMO_PASSWORD");
            createIfAbsent("operator", Role.OPERATOR, demoPassword);
            createIfAbsent("auditor", Role.AUDITOR, demoPassword);
            createIfAbsent("manager", Role.MANAGER, demoPassword);
        }
    }

    private void createIfAbsent(String name, Role role, Optional<String> password) {
        boolean exists = !em.createQuery("SELECT u.id FROM AppUser u WHERE u.username = :name", Long.class)
                .setParameter("name", name).getResultList().isEmpty();
        if (!exists) {
            create(name, role, password, "HVIC_DEMO_PASSWORD");
        }
    }

    private void create(String name, Role role, Optional<String> configured, String variable) {
        String password = configured.orElseGet(UserBootstrap::randomPassword);
        PasswordHash hash = passwords.hasher().hash(password);
        AppUser user = new AppUser(name, hash.algorithm(), hash.iterations(), hash.salt(), hash.hash(),
                EnumSet.of(role));
        em.persist(user);
        em.flush();
        audit.record(new AuditRecord(AuditEventType.USER_CREATED, Actor.SYSTEM, "USER", user.getId().toString(),
                name, Map.of("roles", role.name(), "source", configured.isPresent() ? variable : "generated"),
                "CREATED"));
        if (configured.isPresent()) {
            if (password.length() < UserRules.MIN_PASSWORD) {
                LOG.warning(() -> "hvic: " + variable + " is shorter than " + UserRules.MIN_PASSWORD
                        + " characters; change the password of '" + name + "' soon");
            }
            LOG.info(() -> "hvic: created user '" + name + "' (" + role + ") with the password of " + variable);
        } else {
            String line = "*".repeat(78);
            LOG.warning(() -> "\n" + line + "\n*** hvic: created user '" + name + "' (" + role
                    + ") with the generated password:  " + password
                    + "\n*** It is shown only this once. Set " + variable + " to choose it instead.\n" + line);
        }
    }

    private Optional<String> setting(String name) {
        return config.getOptionalValue(name, String.class).filter(v -> !v.isBlank());
    }

    static String randomPassword() {
        StringBuilder password = new StringBuilder(20);
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
