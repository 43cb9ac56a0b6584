package org.hvic.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Client address, cross-site writes to the API and the return target after login. */
class WebSecurityRulesTest {

    @Test
    void forwardedForIsIgnoredUnlessTrusted() {
        assertEquals("10.0.0.5", ClientAddress.of("10.0.0.5", "1.2.3.4", false));
        assertEquals("unknown", ClientAddress.of(null, null, false));
    }

    @Test
    void trustedForwardedForGivesTheLastHop() {
        assertEquals("203.0.113.9", ClientAddress.of("10.0.0.5", "1.1.1.1, 203.0.113.9", true));
        assertEquals("2001:db8::1", ClientAddress.of("10.0.0.5", "2001:db8::1", true));
        assertEquals("10.0.0.5", ClientAddress.of("10.0.0.5", " , ", true));
        assertEquals("10.0.0.5", ClientAddress.of("10.0.0.5", "<script>", true));
    }

    @Test
    void readsAreNeverCrossSiteWrites() {
        assertFalse(ApiRequests.isCrossSiteWrite("GET", "cross-site", "https://evil.example", "hvic:8080"));
        assertFalse(ApiRequests.isCrossSiteWrite("HEAD", null, "https://evil.example", "hvic:8080"));
    }

    @Test
    void writesFromOtherOriginsAreRefused() {
        assertTrue(ApiRequests.isCrossSiteWrite("POST", "cross-site", null, "hvic:8080"));
        assertTrue(ApiRequests.isCrossSiteWrite("POST", null, "https://evil.example", "hvic:8080"));
        assertTrue(ApiRequests.isCrossSiteWrite("DELETE", null, "null", "hvic:8080"));
        assertTrue(ApiRequests.isCrossSiteWrite("PUT", null, "http://hvic:8081", "hvic:8080"));
        assertTrue(ApiRequests.isCrossSiteWrite("POST", null, "::not a uri::", "hvic:8080"));
    }

    @Test
    void writesFromThisOriginOrWithoutOriginPass() {
        assertFalse(ApiRequests.isCrossSiteWrite("POST", null, null, "hvic:8080"), "curl, scripts");
        assertFalse(ApiRequests.isCrossSiteWrite("POST", "same-origin", "http://hvic:8080", "hvic:8080"));
        assertFalse(ApiRequests.isCrossSiteWrite("POST", "none", "https://hvic.example.org", "hvic.example.org"));
        assertFalse(ApiRequests.isCrossSiteWrite("POST", null, "http://localhost", "localhost:80"));
    }

    @Test
    void loginReturnsOnlyToPathsOfThisApplication() {
        assertTrue(SavedRequest.isSafe("/vms.xhtml?host=1"));
        assertTrue(SavedRequest.isSafe("/"));
        assertFalse(SavedRequest.isSafe("//evil.example/x"));
        assertFalse(SavedRequest.isSafe("https://evil.example/"));
        assertFalse(SavedRequest.isSafe("/\\evil.example"));
        assertFalse(SavedRequest.isSafe("/login.xhtml"));
        assertFalse(SavedRequest.isSafe("/api/v1/hosts"));
        assertFalse(SavedRequest.isSafe("/a\r\nSet-Cookie: x"));
        assertEquals("/", SavedRequest.take(null));
    }
}
