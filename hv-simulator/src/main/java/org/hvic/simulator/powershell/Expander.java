package org.hvic.simulator.powershell;

import java.util.function.Function;

/** Expands double-quoted strings: backtick escapes, doubled quotes, $variables and $( ) sub-expressions. */
public final class Expander {
    private Expander() {
    }

    /** Returns the index just after the ')' matching the '(' at {@code open}, skipping nested quoted strings. */
    static int endOfSubExpression(String s, int open) {
        int depth = 0;
        int i = open;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '`') {
                i += 2;
                continue;
            }
            if (Quotes.isSingle(c) || Quotes.isDouble(c)) {
                i = endOfQuote(s, i);
                continue;
            }
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i + 1;
            }
            i++;
        }
        throw new ParseException("Missing closing ')' in subexpression.", open, 1, "MissingEndParenthesisInSubexpression");
    }

    private static int endOfQuote(String s, int i) {
        boolean single = Quotes.isSingle(s.charAt(i));
        int j = i + 1;
        while (j < s.length()) {
            char c = s.charAt(j);
            if (!single && c == '`') {
                j += 2;
                continue;
            }
            if (single ? Quotes.isSingle(c) : Quotes.isDouble(c)) {
                return j + 1;
            }
            j++;
        }
        return j;
    }

    /** Decodes escapes and doubled quotes without expanding variables. */
    static String unescapeLiteral(String raw) {
        return expand(raw, name -> "$" + name, script -> "$(" + script + ")");
    }

    /**
     * Expands raw double-quoted content; {@code variables} resolves a variable name to its text, {@code subExpressions}
     * runs the script inside $( ) and returns its text.
     */
    public static String expand(String raw, Function<String, String> variables, Function<String, String> subExpressions) {
        StringBuilder b = new StringBuilder();
        int i = 0;
        while (i < raw.length()) {
            char c = raw.charAt(i);
            if (c == '`' && i + 1 < raw.length()) {
                b.append(Quotes.backtick(raw.charAt(i + 1)));
                i += 2;
            } else if (Quotes.isDouble(c) && i + 1 < raw.length() && Quotes.isDouble(raw.charAt(i + 1))) {
                b.append(raw.charAt(i + 1));
                i += 2;
            } else if (c == '$' && i + 1 < raw.length() && raw.charAt(i + 1) == '(') {
                int end = endOfSubExpression(raw, i + 1);
                b.append(subExpressions.apply(raw.substring(i + 2, end - 1)));
                i = end;
            } else if (c == '$' && i + 1 < raw.length() && raw.charAt(i + 1) == '{') {
                int close = raw.indexOf('}', i);
                b.append(variables.apply(raw.substring(i + 2, close < 0 ? raw.length() : close)));
                i = close < 0 ? raw.length() : close + 1;
            } else if (c == '$' && i + 1 < raw.length() && (Character.isLetterOrDigit(raw.charAt(i + 1)) || raw.charAt(i + 1) == '_')) {
                int j = i + 1;
                while (j < raw.length() && (Character.isLetterOrDigit(raw.charAt(j)) || raw.charAt(j) == '_'
                        || (raw.charAt(j) == ':' && j + 1 < raw.length() && Character.isLetter(raw.charAt(j + 1))))) {
                    j++;
                }
                b.append(variables.apply(raw.substring(i + 1, j)));
                i = j;
            } else {
                b.append(c);
                i++;
            }
        }
        return b.toString();
    }
}
