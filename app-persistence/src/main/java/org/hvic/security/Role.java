package org.hvic.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The roles of hvic. A user may hold several. The declaration order is the order of precedence used wherever one
 * role or an ordered list is shown: ADMIN, OPERATOR, MANAGER, AUDITOR.
 */
public enum Role {
    ADMIN, OPERATOR, MANAGER, AUDITOR;

    /** The names of all roles, for {@code @DeclareRoles}-like lists. */
    public static final String[] NAMES = Arrays.stream(values()).map(Enum::name).toArray(String[]::new);

    /** The role named {@code name} (any case, surrounding blanks ignored), if there is one. */
    public static Optional<Role> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(r -> r.name().equals(wanted)).findFirst();
    }

    /** The roles among {@code names} that exist, in order of precedence; unknown names are dropped. */
    public static Set<Role> known(Collection<String> names) {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        if (names != null) {
            names.forEach(n -> parse(n).ifPresent(roles::add));
        }
        return roles;
    }

    /** The roles as a comma list in order of precedence, e.g. {@code ADMIN,AUDITOR}. */
    public static String list(Collection<Role> roles) {
        EnumSet<Role> ordered = EnumSet.noneOf(Role.class);
        ordered.addAll(roles);
        return ordered.stream().map(Enum::name).collect(Collectors.joining(","));
    }
}
