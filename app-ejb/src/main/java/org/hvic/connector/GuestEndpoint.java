package org.hvic.connector;

import java.util.Objects;

/** A Linux guest reached over SSH. Commands that change something run through {@code sudo -n} unless the user is root. */
public record GuestEndpoint(String address, int port, String username, String password,
                            String approvedHostKeyFingerprint) implements SshTarget {

    public GuestEndpoint {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(username, "username");
    }

    public boolean isRoot() {
        return "root".equals(username);
    }

    @Override
    public String toString() {
        return "GuestEndpoint[" + username + "@" + address + ":" + port + ", hostKey=" + approvedHostKeyFingerprint + "]";
    }
}
