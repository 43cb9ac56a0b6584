package org.hvic.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The application's one {@link PasswordHasher}, with the iteration count from {@code hvic.password.iterations}. */
@ApplicationScoped
public class Passwords {

    @Inject
    @ConfigProperty(name = "hvic.password.iterations", defaultValue = "" + PasswordHasher.DEFAULT_ITERATIONS)
    int iterations;

    private PasswordHasher hasher;

    @PostConstruct
    void init() {
        hasher = new PasswordHasher(Math.max(iterations, 10_000));
    }

    public PasswordHasher hasher() {
        return hasher;
    }
}
