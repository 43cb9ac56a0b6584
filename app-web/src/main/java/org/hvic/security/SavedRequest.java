package org.hvic.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * The page a visitor asked for before signing in, kept in the session so the login can return there. Only GET
 * requests are saved, and only as a path within this application (never an absolute URL: no open redirect).
 */
public final class SavedRequest {

    static final String ATTRIBUTE = "org.hvic.security.saved-request";
    static final int MAX_LENGTH = 2048;

    private SavedRequest() {
    }

    static void save(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String query = request.getQueryString();
        String target = query == null ? path : path + "?" + query;
        if (isSafe(target)) {
            request.getSession(true).setAttribute(ATTRIBUTE, target);
        }
    }

    /** The saved page (path within the application) and forgets it; {@code "/"} when there is none. */
    public static String take(HttpSession session) {
        Object saved = session == null ? null : session.getAttribute(ATTRIBUTE);
        if (session != null) {
            session.removeAttribute(ATTRIBUTE);
        }
        return saved instanceof String target && isSafe(target) ? target : "/";
    }

    /** A path of this application: starts with one slash, no scheme, no backslash or control characters. */
    static boolean isSafe(String target) {
        return target != null && target.length() <= MAX_LENGTH && target.startsWith("/") && !target.startsWith("//")
                && target.indexOf('\\') < 0 && target.chars().noneMatch(Character::isISOControl)
                && !target.startsWith(HvicAuthenticationMechanism.LOGIN_PAGE)
                && !target.startsWith(HvicAuthenticationMechanism.API_PREFIX);
    }
}
