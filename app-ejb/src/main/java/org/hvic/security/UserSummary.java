package org.hvic.security;

import java.time.Instant;
import java.util.List;

/** A user as administrators see it: never the password or its hash. */
public record UserSummary(long id, String username, List<String> roles, boolean enabled, boolean locked,
        Instant lockedUntil, int failedAttempts, Instant lastLoginAt, Instant createdAt) {

    public static UserSummary of(AppUser user, Instant now) {
        boolean locked = user.getLockedUntil() != null && now.isBefore(user.getLockedUntil());
        return new UserSummary(user.getId(), user.getUsername(),
                user.getRoles().stream().map(Enum::name).toList(), user.isEnabled(), locked,
                locked ? user.getLockedUntil() : null, user.getFailedAttempts(), user.getLastLoginAt(),
                user.getCreatedAt());
    }
}
