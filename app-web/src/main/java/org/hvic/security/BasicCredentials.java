package org.hvic.security;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * The username and password of an HTTP Basic {@code Authorization} header (RFC 7617): the scheme in any case, the
 * token strict base64 of UTF-8 {@code user:password}, split at the first colon (a password may contain colons, a
 * username may not). Anything malformed is empty. {@link #toString} never shows the password.
 */
public record BasicCredentials(String username, String password) {

    static final int MAX_HEADER = 4096;

    public static Optional<BasicCredentials> parse(String header) {
        if (header == null || header.length() > MAX_HEADER) {
            return Optional.empty();
        }
        String value = header.strip();
        int space = value.indexOf(' ');
        if (space < 0 || !value.substring(0, space).equalsIgnoreCase("Basic")) {
            return Optional.empty();
        }
        String token = value.substring(space + 1).strip();
        if (token.isEmpty()) {
            return Optional.empty();
        }
        String decoded;
        try {
            byte[] bytes = Base64.getDecoder().decode(token);
            decoded = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (IllegalArgumentException | CharacterCodingException malformed) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        String username = decoded.substring(0, colon);
        if (username.isBlank() || username.chars().anyMatch(Character::isISOControl)) {
            return Optional.empty();
        }
        return Optional.of(new BasicCredentials(username, decoded.substring(colon + 1)));
    }

    /** Whether the header announces Basic at all (to tell "no credentials" from "other scheme"). */
    public static boolean isBasic(String header) {
        return header != null && header.strip().regionMatches(true, 0, "Basic", 0, 5);
    }

    @Override
    public String toString() {
        return "BasicCredentials[" + username + ", ****]";
    }
}
