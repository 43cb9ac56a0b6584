package org.hvic.security;

/**
 * The address a request came from: the peer address, or — only when {@code hvic.trust-forwarded-for} is true, i.e.
 * hvic runs behind a reverse proxy that sets it — the last entry of {@code X-Forwarded-For}, which is the address the
 * (trusted) proxy saw. Entries further left are written by the client and could be forged.
 */
public final class ClientAddress {

    static final int MAX_LENGTH = 255;

    private ClientAddress() {
    }

    public static String of(String remoteAddr, String forwardedFor, boolean trustForwardedFor) {
        if (trustForwardedFor && forwardedFor != null && !forwardedFor.isBlank()) {
            String[] hops = forwardedFor.split(",");
            for (int i = hops.length - 1; i >= 0; i--) {
                String hop = hops[i].strip();
                if (!hop.isEmpty() && hop.chars().allMatch(ClientAddress::addressChar)) {
                    return clip(hop);
                }
            }
        }
        return remoteAddr == null || remoteAddr.isBlank() ? "unknown" : clip(remoteAddr);
    }

    private static boolean addressChar(int c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == ':' || c == '[' || c == ']' || c == '%' || c == '-'
                || c == '_';
    }

    private static String clip(String value) {
        return value.length() > MAX_LENGTH ? value.substring(0, MAX_LENGTH) : value;
    }
}
