package org.hvic.connector;

/**
 * The machine's host key is not the approved one ({@link Kind#HOST_KEY_CHANGED}) or none is approved yet
 * ({@link Kind#HOST_KEY_UNKNOWN}). Carries the key the machine presented so that an administrator can approve it.
 */
public final class HostKeyException extends ConnectorException {

    private static final long serialVersionUID = 1L;

    private final PresentedHostKey presented;

    public HostKeyException(Kind kind, String target, PresentedHostKey presented) {
        super(kind, target, message(kind, target, presented));
        if (kind != Kind.HOST_KEY_UNKNOWN && kind != Kind.HOST_KEY_CHANGED) {
            throw new IllegalArgumentException("not a host key failure: " + kind);
        }
        this.presented = presented;
    }

    public PresentedHostKey presented() {
        return presented;
    }

    /** {@code SHA256:<base64>} of the key the machine presented. */
    public String presentedFingerprint() {
        return presented.fingerprint();
    }

    /** The presented key in OpenSSH format ({@code ssh-ed25519 AAAA...}). */
    public String presentedPublicKey() {
        return presented.openSshPublicKey();
    }

    private static String message(Kind kind, String target, PresentedHostKey presented) {
        return kind == Kind.HOST_KEY_CHANGED
                ? "The host key of " + target + " has CHANGED (now " + presented.fingerprint()
                        + "); refused until an administrator approves the new key"
                : "The host key of " + target + " (" + presented.fingerprint() + ") is not approved yet";
    }
}
