package org.hvic.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Configuration of the web security (MicroProfile Config: system property or environment variable, e.g.
 * {@code HVIC_TRUST_FORWARDED_FOR=true}).
 */
@ApplicationScoped
public class SecuritySettings {

    @Inject
    @ConfigProperty(name = "hvic.trust-forwarded-for", defaultValue = "false")
    boolean trustForwardedFor;

    @Inject
    @ConfigProperty(name = "hvic.basic-cache-seconds", defaultValue = "120")
    int basicCacheSeconds;

    /** Whether hvic runs behind a reverse proxy whose {@code X-Forwarded-For} is to be believed. */
    public boolean trustForwardedFor() {
        return trustForwardedFor;
    }

    /** How long a successful HTTP Basic verification is remembered (0 turns the memory off). */
    public int basicCacheSeconds() {
        return basicCacheSeconds;
    }
}
