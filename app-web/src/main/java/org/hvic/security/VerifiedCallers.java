package org.hvic.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A short memory of successful HTTP Basic verifications, so that PBKDF2 does not dominate the latency of API calls
 * that send the same credentials again. The key is SHA-256 over a random per-process pepper, the username and the
 * password: the password is never kept, and the keys are useless outside this process. Failed attempts are never
 * remembered (every failure reaches the lock-out policy). Bounded in size; entries live {@code ttl}.
 */
public final class VerifiedCallers {

    /** Who a remembered verification was, with the roles (as group names) it had then. */
    public record Caller(String username, Set<String> groups) {
    }

    private record Entry(Caller caller, Instant expires) {
    }

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final byte[] pepper = new byte[32];
    private final Duration ttl;
    private final int maxEntries;
    private final Clock clock;

    public VerifiedCallers(Duration ttl, int maxEntries, Clock clock) {
        this.ttl = Objects.requireNonNull(ttl);
        this.maxEntries = maxEntries;
        this.clock = Objects.requireNonNull(clock);
        new SecureRandom().nextBytes(pepper);
    }

    public Optional<Caller> find(BasicCredentials credentials) {
        String key = key(credentials);
        Entry entry = entries.get(key);
        if (entry == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(entry.expires())) {
            entries.remove(key, entry);
            return Optional.empty();
        }
        return Optional.of(entry.caller());
    }

    public void remember(BasicCredentials credentials, Caller caller) {
        Instant now = clock.instant();
        if (entries.size() >= maxEntries) {
            entries.values().removeIf(e -> !now.isBefore(e.expires()));
            if (entries.size() >= maxEntries) {
                entries.clear(); // a flood of distinct credentials: start over rather than grow
            }
        }
        entries.put(key(credentials), new Entry(caller, now.plus(ttl)));
    }

    /** Forgets every verification of {@code username} (after an administrator changed or disabled the user). */
    public void forget(String username) {
        entries.values().removeIf(e -> e.caller().username().equalsIgnoreCase(username));
    }

    public void forgetAll() {
        entries.clear();
    }

    int size() {
        return entries.size();
    }

    String key(BasicCredentials credentials) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(pepper);
            sha.update(credentials.username().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(credentials.password().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
