package org.hvic.simulator.exec;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * Turns an SSH exec request sent to a Windows host into the PowerShell script it runs: {@code powershell.exe [options]
 * -EncodedCommand <base64 UTF-16LE>} or {@code -Command <text>}; any other text is run as a script (OpenSSH with
 * DefaultShell=powershell).
 */
public final class CommandLine {
    private CommandLine() {
    }

    /** The decoded script; an IllegalArgumentException carries powershell.exe's message for a bad command line. */
    public static String script(String commandLine) {
        String line = commandLine.strip();
        List<int[]> spans = words(line);
        if (spans.isEmpty()) {
            return "";
        }
        String exe = word(line, spans.get(0)).toLowerCase(Locale.ROOT);
        exe = exe.substring(Math.max(exe.lastIndexOf('\\'), exe.lastIndexOf('/')) + 1);
        if (!exe.equals("powershell") && !exe.equals("powershell.exe") && !exe.equals("pwsh") && !exe.equals("pwsh.exe")) {
            return commandLine;
        }
        for (int i = 1; i < spans.size(); i++) {
            String w = word(line, spans.get(i));
            String opt = w.toLowerCase(Locale.ROOT);
            if (!opt.startsWith("-") && !opt.startsWith("/")) {
                return line.substring(spans.get(i)[0]);
            }
            String name = opt.substring(1);
            if (name.equals("e") || name.equals("ec") || "encodedcommand".startsWith(name) && name.length() >= 2 && name.startsWith("en")) {
                if (i + 1 >= spans.size()) {
                    throw new IllegalArgumentException("Cannot process the command because of a missing parameter. "
                            + "A command must follow -EncodedCommand.");
                }
                return decode(word(line, spans.get(i + 1)));
            }
            if (name.equals("c") || (name.length() >= 2 && "command".startsWith(name))) {
                return i + 1 < spans.size() ? unquote(line.substring(spans.get(i + 1)[0])) : "";
            }
            if (name.equals("executionpolicy") || name.equals("ep") || name.equals("inputformat") || name.equals("outputformat")
                    || name.equals("windowstyle") || name.equals("version")) {
                i++;
            }
        }
        return "";
    }

    public static String decode(String base64) {
        try {
            return new String(Base64.getDecoder().decode(base64.trim()), StandardCharsets.UTF_16LE);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Cannot process the command because the value specified with -EncodedCommand "
                    + "is not properly encoded. The value must be Base64 encoded.");
        }
    }

    /** Encodes a script as powershell.exe -EncodedCommand expects it (tests and clients use this). */
    public static String encode(String script) {
        return Base64.getEncoder().encodeToString(script.getBytes(StandardCharsets.UTF_16LE));
    }

    private static String unquote(String text) {
        String t = text.strip();
        return t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"") ? t.substring(1, t.length() - 1) : t;
    }

    private static String word(String line, int[] span) {
        return line.substring(span[0], span[1]).replace("\"", "");
    }

    private static List<int[]> words(String line) {
        List<int[]> spans = new ArrayList<>();
        int i = 0;
        while (i < line.length()) {
            while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
                i++;
            }
            int start = i;
            boolean quoted = false;
            while (i < line.length() && (quoted || !Character.isWhitespace(line.charAt(i)))) {
                quoted ^= line.charAt(i) == '"';
                i++;
            }
            if (i > start) {
                spans.add(new int[] {start, i});
            }
        }
        return spans;
    }
}
