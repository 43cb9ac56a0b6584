package org.hvic.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class LockoutPolicyTest {

    private static final Instant T0 = Instant.parse("2025-01-01T10:00:00Z");
    private final LockoutPolicy policy = LockoutPolicy.DEFAULT;

    @Test
    void fiveConsecutiveFailuresLockForFifteenMinutes() {
        LockoutPolicy.State state = LockoutPolicy.State.CLEAR;
        for (int i = 1; i <= 4; i++) {
            LockoutPolicy.Outcome outcome = policy.afterFailure(state, T0.plusSeconds(i));
            assertFalse(outcome.lockedNow(), "failure " + i);
            assertEquals(i, outcome.state().failedAttempts());
            assertNull(outcome.state().lockedUntil());
            state = outcome.state();
        }
        LockoutPolicy.Outcome fifth = policy.afterFailure(state, T0.plusSeconds(5));
        assertTrue(fifth.lockedNow());
        assertEquals(T0.plusSeconds(5).plus(Duration.ofMinutes(15)), fifth.state().lockedUntil());
        assertTrue(policy.isLocked(fifth.state(), T0.plusSeconds(6)));
        assertTrue(policy.isLocked(fifth.state(), T0.plusSeconds(5).plus(Duration.ofMinutes(15)).minusMillis(1)));
        assertFalse(policy.isLocked(fifth.state(), T0.plusSeconds(5).plus(Duration.ofMinutes(15))));
    }

    @Test
    void aSuccessResetsTheCount() {
        LockoutPolicy.State four = new LockoutPolicy.State(4, null);
        assertEquals(LockoutPolicy.State.CLEAR, policy.afterSuccess());
        LockoutPolicy.Outcome afterReset = policy.afterFailure(policy.afterSuccess(), T0);
        assertEquals(1, afterReset.state().failedAttempts());
        assertFalse(afterReset.lockedNow());
        assertTrue(policy.afterFailure(four, T0).lockedNow(), "without the success the fifth failure locks");
    }

    @Test
    void failuresWhileLockedChangeNothing() {
        LockoutPolicy.State locked = new LockoutPolicy.State(5, T0.plusSeconds(600));
        LockoutPolicy.Outcome outcome = policy.afterFailure(locked, T0);
        assertFalse(outcome.lockedNow());
        assertEquals(locked, outcome.state(), "the lock is not extended by further attempts");
    }

    @Test
    void anExpiredLockStartsAFreshCount() {
        LockoutPolicy.State expired = new LockoutPolicy.State(5, T0.minusSeconds(1));
        assertFalse(policy.isLocked(expired, T0));
        LockoutPolicy.Outcome outcome = policy.afterFailure(expired, T0);
        assertFalse(outcome.lockedNow());
        assertEquals(1, outcome.state().failedAttempts());
        assertNull(outcome.state().lockedUntil());
    }

    @Test
    void neverLockedWithoutLockedUntil() {
        assertFalse(policy.isLocked(new LockoutPolicy.State(99, null), T0));
    }

    @Test
    void rejectsNonsense() {
        assertThrows(IllegalArgumentException.class, () -> new LockoutPolicy(0, Duration.ofMinutes(1)));
        assertThrows(IllegalArgumentException.class, () -> new LockoutPolicy(5, Duration.ZERO));
        assertThrows(NullPointerException.class, () -> new LockoutPolicy(5, null));
    }

    @Test
    void oneFailureCanLockWhenConfiguredSo() {
        LockoutPolicy strict = new LockoutPolicy(1, Duration.ofMinutes(1));
        assertTrue(strict.afterFailure(LockoutPolicy.State.CLEAR, T0).lockedNow());
    }
}
