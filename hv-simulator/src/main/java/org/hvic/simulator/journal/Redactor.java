package org.hvic.simulator.journal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Replaces the password literal given to ConvertTo-SecureString with '***' before a script is journaled. */
public final class Redactor {
    private static final String LITERAL = "(?:['‘’‚‛](?:[^'‘’‚‛]|['‘’‚‛]{2})*['‘’‚‛]|[\"“”„](?:[^\"“”„`]|`.|[\"“”„]{2})*[\"“”„]|[^\\s;|)]+)";
    private static final Pattern NAMED = Pattern.compile(
            "(?i)(ConvertTo-SecureString\\b[^;|\\n]*?-S(?:t(?:r(?:i(?:n(?:g)?)?)?)?)?(?::|\\s+))" + LITERAL);
    private static final Pattern POSITIONAL = Pattern.compile("(?i)(ConvertTo-SecureString\\s+)(?!-)" + LITERAL);

    private Redactor() {
    }

    public static String redact(String script) {
        String s = replace(NAMED, script);
        return replace(POSITIONAL, s);
    }

    private static String replace(Pattern p, String s) {
        Matcher m = p.matcher(s);
        return m.replaceAll(r -> Matcher.quoteReplacement(r.group(1) + "'***'"));
    }
}
