package org.hvic.connector;

/** A machine reached over SSH with a password, and the SHA-256 fingerprint of its host key that an administrator approved. */
public interface SshTarget {

    String address();

    int port();

    String username();

    String password();

    /** {@code SHA256:<base64>} as {@code ssh-keygen -l} prints it, or null when no key has been approved yet. */
    String approvedHostKeyFingerprint();
}
