package org.hvic.connector;

/**
 * PowerShell quoting. A value that comes from a user or from the inventory only ever reaches a script as a
 * single-quoted literal: inside one, nothing is expanded, and the only special characters are the single quotes,
 * which PowerShell recognises in four typographic forms besides {@code '}; each is escaped by doubling it.
 */
public final class PowerShellQuoting {

    private static final String SINGLE_QUOTES = "'\u2018\u2019\u201A\u201B";
    private static final String WILDCARDS = "*?[]`";

    private PowerShellQuoting() {
    }

    /** {@code value} as one single-quoted PowerShell string literal that evaluates to exactly {@code value}. */
    public static String literal(String value) {
        StringBuilder quoted = new StringBuilder(value.length() + 2).append('\'');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (isSingleQuote(c)) {
                quoted.append(c);
            }
            quoted.append(c);
        }
        return quoted.append('\'').toString();
    }

    /**
     * Escapes the wildcard characters {@code * ? [ ]} (and the escape character backtick itself) with a backtick,
     * as {@code WildcardPattern.Escape} does, for parameters such as {@code -Name} or {@code -Like} that match
     * wildcards. The result still has to be quoted with {@link #literal(String)}.
     */
    public static String escapeWildcard(String value) {
        StringBuilder escaped = new StringBuilder(value.length() + 4);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (WILDCARDS.indexOf(c) >= 0) {
                escaped.append('`');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }

    static boolean isSingleQuote(char c) {
        return SINGLE_QUOTES.indexOf(c) >= 0;
    }
}
