package org.hvic.security;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/**
 * Who signed in on the login page, kept in the HTTP session: the username, the roles as group names and when they
 * were last checked against the user store (they are re-checked every minute, so a disabled user loses access).
 */
public record SessionCaller(String username, Set<String> groups, Instant checkedAt) implements Serializable {

    public SessionCaller {
        groups = Set.copyOf(groups);
    }
}
