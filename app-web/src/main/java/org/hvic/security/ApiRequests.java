package org.hvic.security;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Rules for requests to {@code /api/*}. The API accepts only HTTP Basic credentials, never the session cookie of the
 * UI, so a cross-site request cannot ride on a signed-in browser session. Because browsers also replay Basic
 * credentials a user once typed, state-changing requests that a browser marks as cross-site ({@code Sec-Fetch-Site})
 * or whose {@code Origin} is not this server are refused as well.
 */
public final class ApiRequests {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private ApiRequests() {
    }

    /** Whether a request is a state-changing one from another site (a CSRF attempt). */
    public static boolean isCrossSiteWrite(String method, String secFetchSite, String origin, String host) {
        if (method == null || SAFE_METHODS.contains(method.toUpperCase(Locale.ROOT))) {
            return false;
        }
        if ("cross-site".equalsIgnoreCase(secFetchSite)) {
            return true;
        }
        if (origin == null || origin.isBlank()) {
            return false; // not a browser, or a same-origin request of an old browser
        }
        if ("null".equals(origin.strip())) {
            return true;
        }
        try {
            URI uri = URI.create(origin.strip());
            if (uri.getHost() == null || host == null) {
                return true;
            }
            String originHost = uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
            return !sameHost(originHost, host.strip(), uri.getScheme());
        } catch (IllegalArgumentException malformed) {
            return true;
        }
    }

    private static boolean sameHost(String originHost, String host, String scheme) {
        if (originHost.equalsIgnoreCase(host)) {
            return true;
        }
        String defaultPort = "https".equalsIgnoreCase(scheme) ? ":443" : ":80";
        return (originHost + defaultPort).equalsIgnoreCase(host) || originHost.equalsIgnoreCase(host + defaultPort);
    }
}
