package org.hvic.connector;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/**
 * A PowerShell script assembled only from code constants of this package and quoted literals, sent as
 * {@code powershell.exe -NoProfile -NonInteractive -EncodedCommand <base64 of the UTF-16LE script>}.
 * Every script starts with {@code $ErrorActionPreference = 'Stop'} so that the first error ends it with exit code 1.
 */
public final class PowerShellScript {

    static final String EXECUTABLE = "powershell.exe -NoProfile -NonInteractive -EncodedCommand ";
    static final String MARKER_PREFIX = "##hvic:";
    private static final String PREAMBLE = "$ErrorActionPreference = 'Stop'";

    private final String text;

    private PowerShellScript(String text) {
        this.text = text;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The script as PowerShell reads it. */
    public String text() {
        return text;
    }

    /** The exec request for the host's SSH server. */
    public String commandLine() {
        return EXECUTABLE + encode(text);
    }

    static String encode(String script) {
        return Base64.getEncoder().encodeToString(script.getBytes(StandardCharsets.UTF_16LE));
    }

    @Override
    public String toString() {
        return text;
    }

    /** Builds a script line by line. {@link #code} takes only constants; values go through {@link #literal}. */
    public static final class Builder {
        private final StringBuilder text = new StringBuilder(PREAMBLE).append('\n');

        private Builder() {
        }

        /** Script code: callers pass compile-time constants only, never a value from a user or the inventory. */
        Builder code(String constant) {
            text.append(constant);
            return this;
        }

        /** A value as a single-quoted literal. */
        public Builder literal(String value) {
            text.append(PowerShellQuoting.literal(value));
            return this;
        }

        public Builder literal(UUID value) {
            return literal(value.toString());
        }

        /** A value for a parameter that matches wildcards: wildcard characters escaped, then quoted. */
        public Builder wildcardLiteral(String value) {
            return literal(PowerShellQuoting.escapeWildcard(value));
        }

        /** Ends the current statement line. */
        public Builder endLine() {
            text.append('\n');
            return this;
        }

        /** A line that prints the section marker {@code ##hvic:<section>}. */
        Builder marker(String section) {
            return literal(MARKER_PREFIX + section).endLine();
        }

        public PowerShellScript build() {
            return new PowerShellScript(text.toString());
        }
    }
}
