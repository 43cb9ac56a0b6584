package org.hvic.simulator.journal;

/** JSON string quoting shared by the journal and the PowerShell JSON writer. */
public final class Json {
    private Json() {
    }

    public static String quote(String s) {
        return quote(s, false);
    }

    /**
     * Quotes a string; {@code htmlSafe} also escapes {@code < > & '} as {@code \u003c} etc., as Windows PowerShell 5.1
     * (JavaScriptSerializer) does.
     */
    public static String quote(String s, boolean htmlSafe) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '\b' -> b.append("\\b");
                case '\f' -> b.append("\\f");
                default -> {
                    if (c < 0x20 || (htmlSafe && (c == '<' || c == '>' || c == '&' || c == '\''))) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
