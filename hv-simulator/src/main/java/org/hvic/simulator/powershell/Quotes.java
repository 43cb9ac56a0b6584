package org.hvic.simulator.powershell;

/** PowerShell's quote and dash characters, including the typographic ones it accepts. */
public final class Quotes {
    private Quotes() {
    }

    /** ' and the curly single quotes ‘ ’ ‚ ‛. */
    public static boolean isSingle(char c) {
        return c == '\'' || c == '\u2018' || c == '\u2019' || c == '\u201A' || c == '\u201B';
    }

    /** " and the curly double quotes “ ” „. */
    public static boolean isDouble(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E';
    }

    /** - and the en dash, em dash and horizontal bar. */
    public static boolean isDash(char c) {
        return c == '-' || c == '\u2013' || c == '\u2014' || c == '\u2015';
    }

    /** Quotes a value as a PowerShell single-quoted literal (every single quote character doubled). */
    public static String singleQuoted(String value) {
        StringBuilder b = new StringBuilder("'");
        for (char c : value.toCharArray()) {
            if (isSingle(c)) {
                b.append(c);
            }
            b.append(c);
        }
        return b.append('\'').toString();
    }

    /** The character a backtick escape stands for ({@code `n} newline, ...); other characters stand for themselves. */
    public static char backtick(char c) {
        return switch (c) {
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case '0' -> '\0';
            case 'a' -> '\u0007';
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'v' -> '\u000B';
            case 'e' -> '\u001B';
            default -> c;
        };
    }
}
