package org.hvic.security;

import java.util.Objects;

/** A stored password: the algorithm, its iteration count, and the salt and derived key in base64. Never the password. */
public record PasswordHash(String algorithm, int iterations, String salt, String hash) {

    public PasswordHash {
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(salt, "salt");
        Objects.requireNonNull(hash, "hash");
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be positive");
        }
    }

    public static PasswordHash of(AppUser user) {
        return new PasswordHash(user.getPasswordAlgorithm(), user.getPasswordIterations(), user.getPasswordSalt(),
                user.getPasswordHash());
    }

    @Override
    public String toString() {
        return "PasswordHash[" + algorithm + ", " + iterations + " iterations]";
    }
}
