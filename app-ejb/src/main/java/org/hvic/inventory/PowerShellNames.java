package org.hvic.inventory;

import java.util.Locale;

/** Enum values as PowerShell prints them. */
public final class PowerShellNames {

    private PowerShellNames() {
    }

    /** RUNNING -> Running, FAST_SAVED -> FastSaved, as PowerShell names the values. */
    public static String pascal(String enumName) {
        StringBuilder sb = new StringBuilder();
        for (String part : enumName.toLowerCase(Locale.ROOT).split("_")) {
            if (!part.isEmpty()) {
                sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return sb.toString();
    }
}
