package org.hvic.connector;

/** POSIX sh quoting: every value becomes one single-quoted word. */
public final class ShellQuoting {

    private ShellQuoting() {
    }

    /** {@code value} as one POSIX single-quoted word; {@code '} is written as {@code '\''}. */
    public static String word(String value) {
        if (value.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("a shell argument cannot contain a NUL character");
        }
        return "'" + value.replace("'", "'\\''") + "'";
    }
}
