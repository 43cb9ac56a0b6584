package org.hvic.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;

import org.junit.jupiter.api.Test;

class VerifiedCallersTest {

    private static final class MutableClock extends Clock {
        Instant now = Instant.parse("2025-01-01T00:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final MutableClock clock = new MutableClock();
    private final VerifiedCallers cache = new VerifiedCallers(Duration.ofMinutes(2), 3, clock);
    private final BasicCredentials admin = new BasicCredentials("admin", "right password");
    private final VerifiedCallers.Caller caller = new VerifiedCallers.Caller("admin", Set.of("ADMIN"));

    @Test
    void remembersForTwoMinutesOnlyTheExactPassword() {
        cache.remember(admin, caller);
        assertEquals(caller, cache.find(admin).orElseThrow());
        assertFalse(cache.find(new BasicCredentials("admin", "wrong password")).isPresent());
        clock.now = clock.now.plus(Duration.ofMinutes(2));
        assertFalse(cache.find(admin).isPresent(), "expired");
    }

    @Test
    void keysArePepperedHashesNotPasswords() {
        String key = cache.key(admin);
        assertEquals(64, key.length());
        assertFalse(key.contains("right"));
        assertNotEquals(key, new VerifiedCallers(Duration.ofMinutes(2), 3, clock).key(admin), "pepper per instance");
        assertNotEquals(cache.key(new BasicCredentials("ad", "min:right password")),
                cache.key(new BasicCredentials("admin:", "right password")));
    }

    @Test
    void forgetsAUserOnRequest() {
        cache.remember(admin, caller);
        cache.forget("ADMIN");
        assertFalse(cache.find(admin).isPresent());
    }

    @Test
    void staysBounded() {
        for (int i = 0; i < 10; i++) {
            cache.remember(new BasicCredentials("u" + i, "p"), new VerifiedCallers.Caller("u" + i, Set.of()));
            assertTrue(cache.size() <= 3);
        }
    }
}
