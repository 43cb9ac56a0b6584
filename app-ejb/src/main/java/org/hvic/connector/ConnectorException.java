package org.hvic.connector;

/**
 * A typed failure of a connector. {@link #kind()} says what went wrong; {@link #isTransient()} whether trying again
 * later may help. Messages never contain a password.
 */
public sealed class ConnectorException extends Exception permits HostKeyException, CommandFailedException {

    private static final long serialVersionUID = 1L;

    public enum Kind {
        /** Connection refused, no route, name not resolved, or no connection within the connect timeout. */
        UNREACHABLE(true),
        /** The SSH server refused the user name and password. */
        AUTHENTICATION(false),
        /** The host presented a key but no fingerprint has been approved for it yet. */
        HOST_KEY_UNKNOWN(false),
        /** The host presented a key that differs from the approved fingerprint. */
        HOST_KEY_CHANGED(false),
        /** The command ran and failed; the message is the PowerShell or shell error text. */
        COMMAND_FAILED(false),
        /** The command (or the SSH handshake) did not finish within its timeout. */
        TIMEOUT(true);

        private final boolean transientFailure;

        Kind(boolean transientFailure) {
            this.transientFailure = transientFailure;
        }

        public boolean isTransient() {
            return transientFailure;
        }
    }

    private final Kind kind;
    private final String target;

    public ConnectorException(Kind kind, String target, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.target = target;
    }

    public ConnectorException(Kind kind, String target, String message) {
        this(kind, target, message, null);
    }

    public Kind kind() {
        return kind;
    }

    /** {@code user@address:port} of the machine the connector talked to. */
    public String target() {
        return target;
    }

    public boolean isTransient() {
        return kind.isTransient();
    }
}
