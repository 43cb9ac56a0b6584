package org.hvic.connector;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Extracts the error message from what PowerShell or a shell wrote to stderr. PowerShell's default error view starts
 * with {@code <Cmdlet> : <message>}, may wrap the message over several lines and continues with {@code At line:...},
 * {@code + ...} position lines; powershell.exe may also write stderr as CLIXML ({@code #< CLIXML}).
 */
public final class ErrorText {

    private static final String CLIXML_HEADER = "#< CLIXML";
    private static final Pattern CLIXML_ERROR = Pattern.compile("<S S=\"Error\">(.*?)</S>", Pattern.DOTALL);
    private static final Pattern CLIXML_ESCAPE = Pattern.compile("_x([0-9A-Fa-f]{4})_");
    private static final Pattern CMDLET_PREFIX = Pattern.compile("^[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)? : ");
    private static final Pattern POSITION_LINE = Pattern.compile("^(At line:\\d+|At .*:\\d+ char:\\d+|\\+ |\\s+\\+ ).*");

    private ErrorText() {
    }

    /** The message of the first error, on one line, without the cmdlet prefix; empty when stderr is blank. */
    public static String extract(String stderr) {
        if (stderr == null || stderr.isBlank()) {
            return "";
        }
        String text = stderr.stripLeading().startsWith(CLIXML_HEADER) ? fromClixml(stderr) : stderr;
        List<String> message = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                if (message.isEmpty()) {
                    continue;
                }
                break;
            }
            if (POSITION_LINE.matcher(line).matches()) {
                break;
            }
            message.add(line.strip());
        }
        String first = String.join(" ", message);
        return CMDLET_PREFIX.matcher(first).replaceFirst("");
    }

    private static String fromClixml(String clixml) {
        StringBuilder text = new StringBuilder();
        Matcher matcher = CLIXML_ERROR.matcher(clixml);
        while (matcher.find()) {
            text.append(unescapeXml(matcher.group(1)));
        }
        return text.toString();
    }

    private static String unescapeXml(String xml) {
        Matcher escape = CLIXML_ESCAPE.matcher(xml);
        StringBuilder decoded = new StringBuilder();
        while (escape.find()) {
            char c = (char) Integer.parseInt(escape.group(1), 16);
            escape.appendReplacement(decoded, Matcher.quoteReplacement(String.valueOf(c)));
        }
        escape.appendTail(decoded);
        return decoded.toString().replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&apos;", "'").replace("&amp;", "&");
    }
}
