package org.hvic.connector;

import java.util.LinkedHashMap;
import java.util.Map;

/** Splits a command's output at the marker lines {@code ##hvic:<section>} that the command printed itself. */
final class Sections {

    static final String MARKER = PowerShellScript.MARKER_PREFIX;

    private Sections() {
    }

    /** Section name to its text (lines joined with {@code \n}); text before the first marker is dropped. */
    static Map<String, String> split(String output) {
        Map<String, String> sections = new LinkedHashMap<>();
        String current = null;
        StringBuilder text = new StringBuilder();
        for (String line : (Iterable<String>) output.lines()::iterator) { // \n, \r or \r\n, as Windows writes
            String stripped = line.strip();
            if (stripped.startsWith(MARKER)) {
                put(sections, current, text);
                current = stripped.substring(MARKER.length());
                text.setLength(0);
            } else if (current != null) {
                text.append(line).append('\n');
            }
        }
        put(sections, current, text);
        return sections;
    }

    /** The named section, or the failure of a command whose output lacks it. */
    static String require(Map<String, String> sections, String name) {
        String text = sections.get(name);
        if (text == null) {
            throw new MalformedOutputException("the output has no section " + MARKER + name);
        }
        return text;
    }

    private static void put(Map<String, String> sections, String name, StringBuilder text) {
        if (name != null) {
            sections.put(name, text.toString());
        }
    }
}
