package org.hvic.security;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2WithHmacSHA256 with a random 16-byte salt per password and a 256-bit derived key. The iteration count is
 * stored with every hash, so raising {@link #DEFAULT_ITERATIONS} later only makes {@link #needsRehash} true for old
 * hashes; they keep verifying. Comparison is constant-time ({@link MessageDigest#isEqual}).
 */
public final class PasswordHasher {

    public static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    /** OWASP's recommendation for PBKDF2-HMAC-SHA256 (2023). */
    public static final int DEFAULT_ITERATIONS = 600_000;
    static final int SALT_BYTES = 16;
    static final int KEY_BITS = 256;

    private final int iterations;
    private final SecureRandom random;
    /** Verified against when a user does not exist, so that unknown names take as long as known ones. */
    private final PasswordHash decoy;

    public PasswordHasher(int iterations) {
        this(iterations, new SecureRandom());
    }

    PasswordHasher(int iterations, SecureRandom random) {
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be positive");
        }
        this.iterations = iterations;
        this.random = random;
        this.decoy = hash("decoy-" + random.nextLong());
    }

    public int iterations() {
        return iterations;
    }

    public PasswordHash hash(String password) {
        if (password == null || password.isEmpty()) {
            throw new IllegalArgumentException("a password must not be empty");
        }
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] key = derive(password, salt, iterations, KEY_BITS);
        Base64.Encoder b64 = Base64.getEncoder();
        return new PasswordHash(ALGORITHM, iterations, b64.encodeToString(salt), b64.encodeToString(key));
    }

    /** Whether {@code password} is the one {@code stored} was made from; constant-time in the derived key. */
    public boolean verify(String password, PasswordHash stored) {
        if (!ALGORITHM.equals(stored.algorithm())) {
            return false;
        }
        byte[] expected;
        byte[] salt;
        try {
            expected = Base64.getDecoder().decode(stored.hash());
            salt = Base64.getDecoder().decode(stored.salt());
        } catch (IllegalArgumentException corrupt) {
            return false;
        }
        if (password == null || password.isEmpty()) {
            derive("\u0000", salt, stored.iterations(), expected.length * 8); // same work, no answer
            return false;
        }
        byte[] actual = derive(password, salt, stored.iterations(), expected.length * 8);
        return MessageDigest.isEqual(expected, actual);
    }

    /** Spends the time of one verification without any user: for unknown usernames. Always false. */
    public boolean verifyNobody(String password) {
        verify(password, decoy);
        return false;
    }

    /** Whether a hash was made with fewer iterations (or another algorithm) than this hasher uses now. */
    public boolean needsRehash(PasswordHash stored) {
        return !ALGORITHM.equals(stored.algorithm()) || stored.iterations() < iterations;
    }

    static byte[] derive(String password, byte[] salt, int iterations, int bits) {
        char[] chars = password.toCharArray();
        PBEKeySpec spec = new PBEKeySpec(chars, salt, iterations, bits);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is not available", e);
        } finally {
            spec.clearPassword();
            Arrays.fill(chars, '\0');
        }
    }
}
