package org.hvic.simulator.powershell;

import java.util.regex.Pattern;

/** PowerShell's WildcardPattern: * ? [abc] [a-z], backtick escapes, case-insensitive. */
public final class Wildcard {
    private final Pattern pattern;

    private Wildcard(Pattern pattern) {
        this.pattern = pattern;
    }

    /** True when the text contains an unescaped wildcard character (* ? [). */
    public static boolean hasWildcards(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '`') {
                i++;
            } else if (c == '*' || c == '?' || c == '[') {
                return true;
            }
        }
        return false;
    }

    public static boolean matches(String pattern, String text) {
        return compile(pattern).matches(text);
    }

    public boolean matches(String text) {
        return text != null && pattern.matcher(text).matches();
    }

    /** Removes the backtick escapes of a pattern (the literal it stands for when it has no wildcards). */
    public static String unescape(String pattern) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '`' && i + 1 < pattern.length()) {
                c = pattern.charAt(++i);
            }
            b.append(c);
        }
        return b.toString();
    }

    /** Escapes * ? [ ] and backtick so that a name matches only itself. */
    public static String escape(String literal) {
        StringBuilder b = new StringBuilder();
        for (char c : literal.toCharArray()) {
            if (c == '*' || c == '?' || c == '[' || c == ']' || c == '`') {
                b.append('`');
            }
            b.append(c);
        }
        return b.toString();
    }

    public static Wildcard compile(String pattern) {
        return compile(pattern, false);
    }

    public static Wildcard compile(String pattern, boolean caseSensitive) {
        StringBuilder re = new StringBuilder();
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c == '`' && i + 1 < pattern.length()) {
                re.append(Pattern.quote(String.valueOf(pattern.charAt(i + 1))));
                i += 2;
            } else if (c == '*') {
                re.append("(?s:.*)");
                i++;
            } else if (c == '?') {
                re.append("(?s:.)");
                i++;
            } else if (c == '[') {
                int close = pattern.indexOf(']', i + 1);
                if (close < 0) {
                    re.append(Pattern.quote("["));
                    i++;
                } else {
                    re.append(characterClass(pattern.substring(i + 1, close)));
                    i = close + 1;
                }
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
                i++;
            }
        }
        return new Wildcard(Pattern.compile(re.toString(), caseSensitive ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }

    private static String characterClass(String body) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '-' && i > 0 && i < body.length() - 1) {
                b.append('-');
            } else if (Character.isLetterOrDigit(c)) {
                b.append(c);
            } else {
                b.append('\\').append(c);
            }
        }
        return b.append(']').toString();
    }
}
