package org.hvic.connector;

import java.net.SocketAddress;
import java.security.PublicKey;
import org.apache.sshd.client.keyverifier.ServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.AttributeRepository;
import org.apache.sshd.common.AttributeRepository.AttributeKey;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.digest.BuiltinDigests;

/**
 * Host-key pinning. Each connection carries its own {@link Check} (the approved fingerprint) in its connection
 * context; the one verifier of the shared client accepts a key only when its SHA-256 fingerprint equals the
 * approved one, and records the presented key either way.
 */
final class PinnedHostKeys implements ServerKeyVerifier {

    private static final AttributeKey<Check> CHECK = new AttributeKey<>();

    @Override
    public boolean verifyServerKey(ClientSession session, SocketAddress remoteAddress, PublicKey serverKey) {
        AttributeRepository context = session.getConnectionContext();
        Check check = context == null ? null : context.getAttribute(CHECK);
        return check != null && check.accept(serverKey);
    }

    /** {@code SHA256:<base64 without padding>}, as {@code ssh-keygen -l} prints it. */
    static String fingerprint(PublicKey key) {
        return KeyUtils.getFingerPrint(BuiltinDigests.sha256, key);
    }

    /** Tolerates a fingerprint given without the {@code SHA256:} prefix or with base64 padding. */
    static String normalize(String fingerprint) {
        String value = fingerprint.strip();
        if (value.regionMatches(true, 0, "SHA256:", 0, 7)) {
            value = value.substring(7);
        }
        while (value.endsWith("=")) {
            value = value.substring(0, value.length() - 1);
        }
        return "SHA256:" + value;
    }

    /** The host-key expectation of one connection. */
    static final class Check {
        private final String approved;
        private volatile PublicKey presented;

        Check(String approvedFingerprint) {
            this.approved = approvedFingerprint == null || approvedFingerprint.isBlank()
                    ? null : normalize(approvedFingerprint);
        }

        AttributeRepository asContext() {
            return AttributeRepository.ofKeyValuePair(CHECK, this);
        }

        boolean accept(PublicKey key) {
            presented = key;
            return approved != null && approved.equals(fingerprint(key));
        }

        /** True when the machine presented a key and it was not the approved one. */
        boolean refused() {
            PublicKey key = presented;
            return key != null && (approved == null || !approved.equals(fingerprint(key)));
        }

        PresentedHostKey presented() {
            PublicKey key = presented;
            return key == null ? null : new PresentedHostKey(fingerprint(key), PublicKeyEntry.toString(key));
        }

        HostKeyException failure(String target) {
            return new HostKeyException(approved == null ? ConnectorException.Kind.HOST_KEY_UNKNOWN
                    : ConnectorException.Kind.HOST_KEY_CHANGED, target, presented());
        }
    }
}
