package org.hvic.connector;

/** A host key as a machine presented it: its SHA-256 fingerprint and the key in OpenSSH format. */
public record PresentedHostKey(String fingerprint, String openSshPublicKey) {
}
