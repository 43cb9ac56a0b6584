package org.hvic.operations;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The prerequisites of PowerShell Direct (Microsoft: Windows 10 / Server 2016 or later on host and guest, VM running on
 * that host, configuration version 6.2 or later). Returns why it cannot be used, or empty when it can.
 */
public final class PowerShellDirect {

    private static final Pattern VERSION = Pattern.compile("(\\d+)\\.(\\d+)");
    private static final Pattern SUPPORTED_GUEST = Pattern.compile(
            "Windows (10|11)|Server (2016|2019|2022|2025)|Windows Server, version", Pattern.CASE_INSENSITIVE);

    /** Stands for a guest whose OS is not known yet, so that only the VM-side prerequisites are checked. */
    public static final String UNKNOWN_GUEST = "Windows 10 (not yet known)";

    private PowerShellDirect() {
    }

    public static Optional<String> unavailableBecause(String state, String configVersion, String guestOs) {
        if (!"Running".equals(state)) {
            return Optional.of("PowerShell Direct needs a running VM (state " + state + ")");
        }
        Matcher m = configVersion == null ? null : VERSION.matcher(configVersion);
        if (m == null || !m.find() || Integer.parseInt(m.group(1)) < 6
                || (Integer.parseInt(m.group(1)) == 6 && Integer.parseInt(m.group(2)) < 2)) {
            return Optional.of("PowerShell Direct needs configuration version 6.2 or later (VM has "
                    + configVersion + ")");
        }
        if (guestOs == null || !SUPPORTED_GUEST.matcher(guestOs).find()) {
            return Optional.of("PowerShell Direct needs a Windows 10 or Windows Server 2016 (or later) guest (guest: "
                    + guestOs + ")");
        }
        return Optional.empty();
    }
}
