package org.hvic.security;

import java.security.Principal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The person behind the current request, for REST resources and JSF beans: {@code @Inject CurrentActor current;
 * service.doIt(current.actor(), ...)}; in pages {@code #{currentActor.name}}, {@code #{currentActor.hasRole('ADMIN')}}.
 * <p>
 * {@link Actor#role()} is the comma list of all roles the caller holds, in the order ADMIN, OPERATOR, MANAGER,
 * AUDITOR (e.g. {@code ADMIN,AUDITOR}): an audit entry then says everything the person was allowed to do.
 * {@link #primaryRole()} is the first of them. The client address is the peer's, or the proxy's
 * {@code X-Forwarded-For} entry when {@code hvic.trust-forwarded-for=true} (see {@link ClientAddress}).
 */
@Named
@RequestScoped
public class CurrentActor {

    @Inject
    HttpServletRequest request;

    @Inject
    SecuritySettings settings;

    private Actor actor;

    /** The actor of this request; {@code anonymous} with no role when nobody is signed in. */
    public Actor actor() {
        if (actor == null) {
            Principal principal = request.getUserPrincipal();
            String name = principal == null ? "anonymous" : principal.getName();
            actor = new Actor(name, Role.list(roles()), clientAddress());
        }
        return actor;
    }

    public boolean isSignedIn() {
        return request.getUserPrincipal() != null;
    }

    public String getName() {
        return actor().name();
    }

    /** The roles of the caller, in order of precedence. */
    public Set<Role> roles() {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        if (request.getUserPrincipal() != null) {
            Arrays.stream(Role.values()).filter(r -> request.isUserInRole(r.name())).forEach(roles::add);
        }
        return roles;
    }

    /** The highest role (ADMIN, OPERATOR, MANAGER, AUDITOR), or an empty string. */
    public String primaryRole() {
        return roles().stream().findFirst().map(Enum::name).orElse("");
    }

    public boolean hasRole(String role) {
        return request.getUserPrincipal() != null && request.isUserInRole(role);
    }

    /** Whether the caller holds at least one of {@code roles}, e.g. {@code hasAnyRole('OPERATOR', 'ADMIN')}. */
    public boolean hasAnyRole(String... roles) {
        return Arrays.stream(roles).anyMatch(this::hasRole);
    }

    public String clientAddress() {
        return ClientAddress.of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"),
                settings.trustForwardedFor());
    }
}
