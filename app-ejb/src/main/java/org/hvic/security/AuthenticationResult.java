package org.hvic.security;

import java.util.EnumSet;
import java.util.Set;

/** The answer to a sign-in: who it was and in which roles when {@link Outcome#VALID}; nothing else otherwise. */
public record AuthenticationResult(Outcome outcome, String username, Set<Role> roles) {

    public enum Outcome {
        VALID, INVALID, LOCKED, DISABLED
    }

    public AuthenticationResult {
        roles = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public static AuthenticationResult valid(String username, Set<Role> roles) {
        return new AuthenticationResult(Outcome.VALID, username, roles);
    }

    public static AuthenticationResult rejected(Outcome outcome) {
        return new AuthenticationResult(outcome, null, null);
    }

    public boolean isValid() {
        return outcome == Outcome.VALID;
    }
}
