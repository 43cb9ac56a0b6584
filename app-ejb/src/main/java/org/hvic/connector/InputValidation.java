package org.hvic.connector;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/** Strict checks of the values that reach a command besides quoted literals: GUIDs and process ids. */
public final class InputValidation {

    /** A GUID in its canonical 8-4-4-4-12 hex form. */
    static final String GUID_PATTERN = "[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}";

    private static final Pattern GUID = Pattern.compile(GUID_PATTERN);
    private static final Pattern PID = Pattern.compile("[1-9][0-9]{0,9}");

    private InputValidation() {
    }

    /** Parses a GUID in canonical form only ({@link UUID#fromString} also accepts shortened groups). */
    public static UUID guid(String text) {
        if (text == null || !GUID.matcher(text).matches()) {
            throw new IllegalArgumentException("not a GUID: " + abbreviate(text));
        }
        return UUID.fromString(text);
    }

    public static boolean isGuid(String text) {
        return text != null && GUID.matcher(text).matches();
    }

    /** A process id: digits only, no sign, no leading zero. */
    public static String pid(String text) {
        if (text == null || !PID.matcher(text).matches()) {
            throw new IllegalArgumentException("not a process id: " + abbreviate(text));
        }
        return text;
    }

    public static List<String> pids(Collection<String> texts) {
        return texts.stream().map(InputValidation::pid).toList();
    }

    private static String abbreviate(String text) {
        if (text == null) {
            return "null";
        }
        String oneLine = text.replaceAll("\\p{Cntrl}", "?");
        return oneLine.length() > 60 ? oneLine.substring(0, 60) + "..." : oneLine;
    }
}
