package org.hvic.security;

import java.util.Objects;

/**
 * Who asks for something, in which role, and from where. The web layer builds it from the authenticated request and
 * passes it to every service that changes state, so that the audit entry names the real person and address.
 */
public record Actor(String name, String role, String clientAddress) {

    public static final Actor SYSTEM = new Actor("system", "SYSTEM", "local");

    public Actor {
        Objects.requireNonNull(name, "name");
        role = role == null ? "" : role;
        clientAddress = clientAddress == null ? "" : clientAddress;
    }
}
