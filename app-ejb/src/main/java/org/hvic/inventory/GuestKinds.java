package org.hvic.inventory;

import java.util.Locale;
import java.util.regex.Pattern;

/** Tells Windows from Linux guests by the OS name the guest reports through Data Exchange (KVP). */
public final class GuestKinds {

    private static final Pattern LINUX = Pattern.compile(
            "linux|ubuntu|debian|red hat|rhel|centos|rocky|alma|oracle|suse|sles|fedora|photon|mariner", Pattern.CASE_INSENSITIVE);

    private GuestKinds() {
    }

    public static GuestKind of(String osName) {
        if (osName == null || osName.isBlank()) {
            return GuestKind.UNKNOWN;
        }
        if (osName.toLowerCase(Locale.ROOT).contains("windows")) {
            return GuestKind.WINDOWS;
        }
        return LINUX.matcher(osName).find() ? GuestKind.LINUX : GuestKind.UNKNOWN;
    }
}
