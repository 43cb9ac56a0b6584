package org.hvic.connector;

import java.util.Objects;

/** A Hyper-V host reached over SSH (Windows OpenSSH). */
public record HostEndpoint(String address, int port, String username, String password,
                           String approvedHostKeyFingerprint) implements SshTarget {

    public HostEndpoint {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(username, "username");
    }

    @Override
    public String toString() {
        return "HostEndpoint[" + username + "@" + address + ":" + port + ", hostKey=" + approvedHostKeyFingerprint + "]";
    }
}
