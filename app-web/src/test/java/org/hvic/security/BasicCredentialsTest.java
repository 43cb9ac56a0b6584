package org.hvic.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class BasicCredentialsTest {

    private static String basic(String userColonPassword) {
        return "Basic " + Base64.getEncoder().encodeToString(userColonPassword.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void parsesUsernameAndPassword() {
        assertEquals(Optional.of(new BasicCredentials("admin", "s3cret")), BasicCredentials.parse(basic("admin:s3cret")));
    }

    @Test
    void passwordMayContainColonsAndBeEmpty() {
        assertEquals(new BasicCredentials("ops", "a:b::c:"), BasicCredentials.parse(basic("ops:a:b::c:")).orElseThrow());
        assertEquals(new BasicCredentials("ops", ""), BasicCredentials.parse(basic("ops:")).orElseThrow());
    }

    @Test
    void decodesUtf8() {
        BasicCredentials c = BasicCredentials.parse(basic("jürgen:pässwörd✓€")).orElseThrow();
        assertEquals("jürgen", c.username());
        assertEquals("pässwörd✓€", c.password());
    }

    @Test
    void schemeIsCaseInsensitiveAndBlanksAroundAreIgnored() {
        String token = Base64.getEncoder().encodeToString("u1:p".getBytes(StandardCharsets.UTF_8));
        assertTrue(BasicCredentials.parse("basic " + token).isPresent());
        assertTrue(BasicCredentials.parse("BASIC   " + token + "  ").isPresent());
    }

    @Test
    void malformedHeadersAreEmpty() {
        String[] bad = {
            null, "", "Basic", "Basic ", "Bearer abc.def.ghi", "Basicdm9w", "Digest username=\"x\"",
            "Basic !!!notbase64!!!", "Basic " + Base64.getEncoder().encodeToString("nocolon".getBytes()),
            "Basic " + Base64.getEncoder().encodeToString(":passwordonly".getBytes()),
            "Basic " + Base64.getEncoder().encodeToString(" :blankuser".getBytes()),
            "Basic " + Base64.getEncoder().encodeToString("bad\nuser:x".getBytes()),
            "Basic " + Base64.getEncoder().encodeToString(new byte[] {'u', ':', (byte) 0xC3, (byte) 0x28}), // bad UTF-8
            "Basic " + "A".repeat(5000),
        };
        for (String header : bad) {
            assertFalse(BasicCredentials.parse(header).isPresent(), String.valueOf(header));
        }
    }

    @Test
    void toStringHidesThePassword() {
        assertFalse(new BasicCredentials("admin", "topsecret").toString().contains("topsecret"));
    }
}
