package org.hvic.connector;

/**
 * A reference reader of PowerShell single-quoted string tokens, following the rules of PowerShell's tokenizer:
 * any of {@code ' ‘ ’ ‚ ‛} opens and closes the string, two of them in a row stand for the second one.
 */
final class SingleQuotedLiteral {

    private SingleQuotedLiteral() {
    }

    /** The value of {@code token}, or an exception if it is not exactly one single-quoted string token. */
    static String evaluate(String token) {
        if (token.isEmpty() || !PowerShellQuoting.isSingleQuote(token.charAt(0))) {
            throw new IllegalArgumentException("does not start with a single quote: " + token);
        }
        StringBuilder value = new StringBuilder();
        int i = 1;
        while (true) {
            if (i >= token.length()) {
                throw new IllegalArgumentException("unterminated string: " + token);
            }
            char c = token.charAt(i++);
            if (PowerShellQuoting.isSingleQuote(c)) {
                if (i < token.length() && PowerShellQuoting.isSingleQuote(token.charAt(i))) {
                    value.append(token.charAt(i++));
                    continue;
                }
                if (i != token.length()) {
                    throw new IllegalArgumentException("the string ends before the token does: " + token);
                }
                return value.toString();
            }
            value.append(c);
        }
    }
}
