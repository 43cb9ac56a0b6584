package org.hvic.simulator.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.hvic.simulator.shell.ShInterpreter.Io;

/** grep over standard input: -v -i -c -q -E -F -w -e, --color=... (basic regular expressions by default). */
final class Grep {
    private Grep() {
    }

    static Io run(List<String> args, String stdin) {
        boolean invert = false;
        boolean ignoreCase = false;
        boolean count = false;
        boolean quiet = false;
        boolean extended = false;
        boolean fixed = false;
        boolean word = false;
        String pattern = null;
        List<String> files = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.startsWith("--colo")) {
                continue;
            }
            if (a.equals("-e") && i + 1 < args.size()) {
                pattern = args.get(++i);
            } else if (a.startsWith("-") && a.length() > 1 && pattern == null) {
                for (char c : a.substring(1).toCharArray()) {
                    switch (c) {
                        case 'v' -> invert = true;
                        case 'i' -> ignoreCase = true;
                        case 'c' -> count = true;
                        case 'q' -> quiet = true;
                        case 'E' -> extended = true;
                        case 'F' -> fixed = true;
                        case 'w' -> word = true;
                        default -> {
                            return Io.fail("grep: invalid option -- '" + c + "'\nUsage: grep [OPTION]... PATTERNS [FILE]...\n"
                                    + "Try 'grep --help' for more information.\n", 2);
                        }
                    }
                }
            } else if (pattern == null) {
                pattern = a;
            } else {
                files.add(a);
            }
        }
        if (pattern == null) {
            return Io.fail("Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n", 2);
        }
        if (!files.isEmpty()) {
            return Io.fail("grep: " + files.get(0) + ": No such file or directory\n", 2);
        }
        Pattern p;
        try {
            String re = fixed ? Pattern.quote(pattern) : extended ? pattern : basic(pattern);
            p = Pattern.compile(word ? "\\b(?:" + re + ")\\b" : re, ignoreCase ? Pattern.CASE_INSENSITIVE : 0);
        } catch (PatternSyntaxException e) {
            return Io.fail("grep: Unmatched ( or \\(\n", 2);
        }
        StringBuilder out = new StringBuilder();
        int matches = 0;
        for (String line : stdin.isEmpty() ? new String[0] : stdin.split("\n")) {
            if (p.matcher(line).find() != invert) {
                matches++;
                out.append(line).append('\n');
            }
        }
        String shown = quiet ? "" : count ? matches + "\n" : out.toString();
        return new Io(shown, "", matches > 0 ? 0 : 1);
    }

    /** Basic regular expression to Java: + ? { } ( ) | are literal unless escaped. */
    private static String basic(String bre) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < bre.length(); i++) {
            char c = bre.charAt(i);
            if (c == '\\' && i + 1 < bre.length()) {
                char n = bre.charAt(++i);
                b.append("+?{}()|".indexOf(n) >= 0 ? String.valueOf(n) : "\\" + n);
            } else if ("+?{}()|".indexOf(c) >= 0) {
                b.append('\\').append(c);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
