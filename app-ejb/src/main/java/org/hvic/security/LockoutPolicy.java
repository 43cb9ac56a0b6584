package org.hvic.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * When repeated failed sign-ins lock an account: {@code maxFailures} consecutive failures lock it for
 * {@code lockDuration}. While locked, no password is even checked. Once the lock has run out the count starts afresh;
 * a successful sign-in also resets it. Pure logic: the caller keeps the state (in {@code app_user}).
 */
public record LockoutPolicy(int maxFailures, Duration lockDuration) {

    public static final LockoutPolicy DEFAULT = new LockoutPolicy(5, Duration.ofMinutes(15));

    public LockoutPolicy {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("maxFailures must be at least 1");
        }
        Objects.requireNonNull(lockDuration, "lockDuration");
        if (lockDuration.isNegative() || lockDuration.isZero()) {
            throw new IllegalArgumentException("lockDuration must be positive");
        }
    }

    /** The lock-out state of an account: consecutive failures and the end of the lock, if any. */
    public record State(int failedAttempts, Instant lockedUntil) {

        public static final State CLEAR = new State(0, null);
    }

    /** What a failed attempt leads to, and whether it is the one that locked the account. */
    public record Outcome(State state, boolean lockedNow) {
    }

    public boolean isLocked(State state, Instant now) {
        return state.lockedUntil() != null && now.isBefore(state.lockedUntil());
    }

    /** The state after one more failed attempt at {@code now}; not to be called while {@link #isLocked}. */
    public Outcome afterFailure(State state, Instant now) {
        if (isLocked(state, now)) {
            return new Outcome(state, false);
        }
        boolean lockExpired = state.lockedUntil() != null;
        int failures = (lockExpired ? 0 : state.failedAttempts()) + 1;
        if (failures >= maxFailures) {
            return new Outcome(new State(failures, now.plus(lockDuration)), true);
        }
        return new Outcome(new State(failures, null), false);
    }

    public State afterSuccess() {
        return State.CLEAR;
    }
}
