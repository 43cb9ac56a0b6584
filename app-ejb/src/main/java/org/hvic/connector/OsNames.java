package org.hvic.connector;

import java.util.regex.Pattern;

/** OS names as hosts and guests report them, made safe to store and show: untrusted text, one line, bounded. */
final class OsNames {

    /** The inventory stores OS names in VARCHAR(255). */
    static final int MAX_LENGTH = 255;

    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Cs}\\p{Co}\\p{Cn}]");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2000-\\u200A\\u2028\\u2029\\u3000]+");
    private static final Pattern MICROSOFT = Pattern.compile("^Microsoft(?:\\s*(?:\u00AE|\\(R\\)))?\\s+",
            Pattern.CASE_INSENSITIVE);

    private OsNames() {
    }

    /** Control, format and unassigned characters removed, white space collapsed, at most 255 chars; blank as null. */
    static String clean(String raw) {
        if (raw == null) {
            return null;
        }
        String text = SPACES.matcher(INVISIBLE.matcher(raw).replaceAll("")).replaceAll(" ").strip();
        if (text.length() > MAX_LENGTH) {
            int end = Character.isHighSurrogate(text.charAt(MAX_LENGTH - 1)) ? MAX_LENGTH - 1 : MAX_LENGTH;
            text = text.substring(0, end).strip();
        }
        return text.isEmpty() ? null : text;
    }

    /** A host's {@code Win32_OperatingSystem.Caption} without its leading "Microsoft " ("Windows 10 Enterprise"). */
    static String fromCaption(String caption) {
        String text = clean(caption);
        return text == null ? null : clean(MICROSOFT.matcher(text).replaceFirst(""));
    }
}
