package org.hvic.simulator.journal;

/** JSON string quoting shared by the journal and the PowerShell JSON writer. */
public final class Json {
    private Json() {
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

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
                        b.append("\\u").append(HEX[c >> 12 & 0xF]).append(HEX[c >> 8 & 0xF]).append(HEX[c >> 4 & 0xF])
                                .append(HEX[c & 0xF]); // as String.format("\\u%04x"), without its cost
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
