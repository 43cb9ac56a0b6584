package org.hvic.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

import org.hvic.problem.Problem;

/** What a username, a password and a set of roles must look like; violations are 400 problems. */
public final class UserRules {

    /** Lower-case after normalisation; starts with a letter or digit; no blanks, no colon (HTTP Basic). */
    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{1,63}");
    public static final int MIN_PASSWORD = 12;
    public static final int MAX_PASSWORD = 256;

    private UserRules() {
    }

    /** The normalised (lower-case) username, or a 400 problem. */
    public static String username(String username) {
        if (username == null || username.isBlank()) {
            throw Problem.invalid("username is required");
        }
        String normalized = AppUser.normalize(username);
        if (!USERNAME.matcher(normalized).matches()) {
            throw Problem.invalid("username must be 2 to 64 characters: letters, digits and . _ @ - "
                    + "(starting with a letter or digit)");
        }
        return normalized;
    }

    public static String password(String password) {
        if (password == null || password.length() < MIN_PASSWORD) {
            throw Problem.invalid("password must have at least " + MIN_PASSWORD + " characters");
        }
        if (password.length() > MAX_PASSWORD) {
            throw Problem.invalid("password must have at most " + MAX_PASSWORD + " characters");
        }
        if (password.isBlank()) {
            throw Problem.invalid("password must not be blank");
        }
        return password;
    }

    /** At least one role, every name one of OPERATOR, AUDITOR, MANAGER, ADMIN (any case). */
    public static Set<Role> roles(Collection<String> names) {
        if (names == null || names.isEmpty()) {
            throw Problem.invalid("roles: at least one of " + String.join(", ", Role.NAMES) + " is required");
        }
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : names) {
            roles.add(Role.parse(name).orElseThrow(() -> Problem.invalid("roles: unknown role '" + name
                    + "'; known are " + String.join(", ", Role.NAMES))));
        }
        return roles;
    }
}
