package org.hvic.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    /** Few iterations keep the tests fast; the algorithm is the same. */
    private final PasswordHasher hasher = new PasswordHasher(1_000);

    @Test
    void hashesVerifyTheirOwnPasswordOnly() {
        PasswordHash hash = hasher.hash("correct horse battery staple");
        assertTrue(hasher.verify("correct horse battery staple", hash));
        assertFalse(hasher.verify("correct horse battery stapl", hash));
        assertFalse(hasher.verify("Correct horse battery staple", hash));
        assertFalse(hasher.verify("", hash));
        assertFalse(hasher.verify(null, hash));
    }

    @Test
    void storesAlgorithmIterationsAndA16ByteSaltAnd256BitKey() {
        PasswordHash hash = hasher.hash("secret-password");
        assertEquals("PBKDF2WithHmacSHA256", hash.algorithm());
        assertEquals(1_000, hash.iterations());
        assertEquals(16, Base64.getDecoder().decode(hash.salt()).length);
        assertEquals(32, Base64.getDecoder().decode(hash.hash()).length);
        assertFalse(hash.toString().contains(hash.hash()), "toString shows no key material");
    }

    @Test
    void samePasswordGetsADifferentSaltAndHashPerUser() {
        PasswordHash alice = hasher.hash("the same password");
        PasswordHash bob = hasher.hash("the same password");
        assertNotEquals(alice.salt(), bob.salt());
        assertNotEquals(alice.hash(), bob.hash());
        assertTrue(hasher.verify("the same password", alice));
        assertTrue(hasher.verify("the same password", bob));
    }

    @Test
    void matchesTheRfc7914TestVectorOfPbkdf2HmacSha256() {
        // RFC 7914 section 11: PBKDF2-HMAC-SHA256, P="passwd", S="salt", c=1, dkLen=64
        byte[] key = PasswordHasher.derive("passwd", "salt".getBytes(), 1, 64 * 8);
        assertArrayEquals(HexFormat.of().parseHex("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"
                + "49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783"), key);
    }

    @Test
    void verifiesWithTheIterationCountStoredInTheHash() {
        PasswordHash old = new PasswordHasher(2_000).hash("unicode pässwörd ✓");
        assertTrue(hasher.verify("unicode pässwörd ✓", old), "a hash made with other iterations still verifies");
        assertFalse(new PasswordHasher(2_000).needsRehash(old));
        assertTrue(new PasswordHasher(3_000).needsRehash(old));
    }

    @Test
    void aKeyDifferingInAnyByteIsRejected() {
        PasswordHash hash = hasher.hash("password-one");
        byte[] key = Base64.getDecoder().decode(hash.hash());
        for (int position : new int[] {0, key.length / 2, key.length - 1}) {
            byte[] changed = key.clone();
            changed[position] ^= 1;
            PasswordHash forged = new PasswordHash(hash.algorithm(), hash.iterations(), hash.salt(),
                    Base64.getEncoder().encodeToString(changed));
            assertFalse(hasher.verify("password-one", forged), "byte " + position);
        }
    }

    @Test
    void unknownAlgorithmOrCorruptStoredValuesNeverVerify() {
        PasswordHash hash = hasher.hash("password-two");
        assertFalse(hasher.verify("password-two",
                new PasswordHash("MD5", hash.iterations(), hash.salt(), hash.hash())));
        assertFalse(hasher.verify("password-two",
                new PasswordHash(hash.algorithm(), hash.iterations(), "not base64!", hash.hash())));
        assertFalse(hasher.verifyNobody("password-two"));
    }

    @Test
    void emptyPasswordsAreNotHashed() {
        assertThrows(IllegalArgumentException.class, () -> hasher.hash(""));
        assertThrows(IllegalArgumentException.class, () -> hasher.hash(null));
        assertThrows(IllegalArgumentException.class, () -> new PasswordHasher(0));
    }

    @Test
    void comparesInConstantTime() throws Exception {
        // the derived keys are compared with MessageDigest.isEqual, which is constant-time since Java 6u17
        String source = new String(PasswordHasher.class.getResourceAsStream("PasswordHasher.class").readAllBytes(),
                java.nio.charset.StandardCharsets.ISO_8859_1);
        assertTrue(source.contains("isEqual"), "MessageDigest.isEqual is used");
    }
}
