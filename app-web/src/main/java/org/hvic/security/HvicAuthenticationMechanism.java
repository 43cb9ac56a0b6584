package org.hvic.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * hvic's one authentication mechanism.
 * <ul>
 * <li>{@code /api/*}: HTTP Basic on every request, nothing else (no session, the UI's session cookie is ignored).
 * Missing or wrong credentials answer 401 with {@code WWW-Authenticate: Basic realm="hvic"} and a problem+json body;
 * successful verifications are remembered briefly ({@link VerifiedCallers}). Cross-site writes are refused (403).</li>
 * <li>Pages: form login on {@code login.xhtml} ({@link LoginView} calls {@code SecurityContext.authenticate}); the
 * caller is then kept in the HTTP session, whose id changes at login (session fixation). A protected page asked for
 * without a session shows the login page in its place (forward, 200) and returns to the page after login; an Ajax
 * request with an expired session is redirected to the login page. Which pages are protected, and for which roles,
 * is declared by the security constraints of {@code web.xml}.</li>
 * </ul>
 */
@ApplicationScoped
public class HvicAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String LOGIN_PAGE = "/login.xhtml";
    static final String API_PREFIX = "/api/";
    static final String SESSION_CALLER = "org.hvic.security.caller";
    static final Duration RECHECK = Duration.ofMinutes(1);

    @Inject
    IdentityStoreHandler identityStores;

    @EJB
    UserService users;

    @Inject
    SecuritySettings settings;

    private VerifiedCallers verified;

    @PostConstruct
    void init() {
        verified = new VerifiedCallers(Duration.ofSeconds(Math.max(settings.basicCacheSeconds(), 0)), 10_000,
                Clock.systemUTC());
    }

    /** The memory of Basic verifications, for administrators' changes to forget a user at once. */
    public VerifiedCallers verifiedCallers() {
        return verified;
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith(API_PREFIX)) {
            return api(request, response, context, path);
        }
        return page(request, response, context);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SESSION_CALLER);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    private AuthenticationStatus api(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context, String path) {
        String instance = request.getRequestURI();
        if (ApiRequests.isCrossSiteWrite(request.getMethod(), request.getHeader("Sec-Fetch-Site"),
                request.getHeader("Origin"), request.getHeader("Host"))) {
            ApiErrors.forbidden(response, "cross-site requests that change state are refused", instance);
            return AuthenticationStatus.SEND_CONTINUE;
        }
        String header = request.getHeader("Authorization");
        if (header == null || header.isBlank()) {
            return challenge(response, context, "authentication required: use HTTP Basic", instance);
        }
        Optional<BasicCredentials> credentials = BasicCredentials.parse(header);
        if (credentials.isEmpty()) {
            return challenge(response, context, "the Authorization header is not valid HTTP Basic", instance);
        }
        Optional<VerifiedCallers.Caller> known = verified.find(credentials.get());
        if (known.isPresent()) {
            return context.notifyContainerAboutLogin(known.get().username(), known.get().groups());
        }
        BasicCredentials basic = credentials.get();
        CredentialValidationResult result = identityStores.validate(
                new HvicCredential(basic.username(), basic.password(), clientAddress(request), false));
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return challenge(response, context, "invalid credentials, or the account is locked or disabled", instance);
        }
        String name = result.getCallerPrincipal().getName();
        if (settings.basicCacheSeconds() > 0) {
            verified.remember(basic, new VerifiedCallers.Caller(name, Set.copyOf(result.getCallerGroups())));
        }
        return context.notifyContainerAboutLogin(name, result.getCallerGroups());
    }

    private static AuthenticationStatus challenge(HttpServletResponse response, HttpMessageContext context,
            String detail, String instance) {
        // SEND_CONTINUE: the response (status, challenge, problem+json body) is complete as written; SEND_FAILURE
        // would make the container replace the body with its HTML error page
        ApiErrors.unauthorized(response, detail, instance);
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private AuthenticationStatus page(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Credential credential = context.isAuthenticationRequest() && context.getAuthParameters() != null
                ? context.getAuthParameters().getCredential() : null;
        if (credential instanceof UsernamePasswordCredential login) {
            return login(request, context, login);
        }
        Optional<SessionCaller> caller = sessionCaller(request);
        if (caller.isPresent()) {
            return context.notifyContainerAboutLogin(caller.get().username(), caller.get().groups());
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            return ajaxRedirect(request, response);
        }
        SavedRequest.save(request);
        return context.forward(LOGIN_PAGE);
    }

    private AuthenticationStatus login(HttpServletRequest request, HttpMessageContext context,
            UsernamePasswordCredential login) {
        CredentialValidationResult result = identityStores.validate(new HvicCredential(login.getCaller(),
                login.getPasswordAsString(), clientAddress(request), true));
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (request.getSession(false) != null) {
            request.changeSessionId(); // session fixation: the id known before login is worthless after it
        }
        String name = result.getCallerPrincipal().getName();
        request.getSession(true).setAttribute(SESSION_CALLER,
                new SessionCaller(name, result.getCallerGroups(), Instant.now()));
        return context.notifyContainerAboutLogin(name, result.getCallerGroups());
    }

    /** The caller of the session, its roles re-checked every {@link #RECHECK}; empty (and signed out) if gone. */
    private Optional<SessionCaller> sessionCaller(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(SESSION_CALLER) instanceof SessionCaller caller)) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        if (now.isBefore(caller.checkedAt().plus(RECHECK))) {
            return Optional.of(caller);
        }
        Set<String> roles = users.currentRoles(caller.username()).stream().map(Enum::name)
                .collect(Collectors.toUnmodifiableSet());
        if (roles.isEmpty()) {
            session.invalidate();
            return Optional.empty();
        }
        SessionCaller fresh = new SessionCaller(caller.username(), roles, now);
        session.setAttribute(SESSION_CALLER, fresh);
        return Optional.of(fresh);
    }

    private static AuthenticationStatus ajaxRedirect(HttpServletRequest request, HttpServletResponse response) {
        response.setContentType("text/xml");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        try {
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + request.getContextPath() + LOGIN_PAGE + "\"/></partial-response>");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    String clientAddress(HttpServletRequest request) {
        return ClientAddress.of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"),
                settings.trustForwardedFor());
    }
}
