package org.hvic.compliance.rules;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hvic.compliance.matrix.OsNormalizer;
import org.hvic.inventory.GuestKind;

/**
 * Whether hvic can read a guest at all. Windows guests are read through PowerShell Direct, which needs Windows 10 /
 * Server 2016 or later on host and guest and configuration version 6.2 or later; for other Windows guests guest-side
 * data is missing by design, which is not "unknown" data.
 */
final class GuestAccess {

    private static final Set<String> DIRECT_CAPABLE = Set.of("Windows 10", "Windows 11", "Windows Server 2016",
            "Windows Server 2019", "Windows Server 2022", "Windows Server 2025");

    private static final Pattern VERSION = Pattern.compile("^(\\d+)\\.(\\d+)");

    private GuestAccess() {
    }

    static boolean unreadableByDesign(VmFacts vm) {
        String guestKey = OsNormalizer.normalize(vm.guestOs()).orElse(null);
        boolean windows = vm.guestKind() == GuestKind.WINDOWS
                || guestKey != null && !OsNormalizer.LINUX.equals(guestKey);
        if (!windows || vm.guestKind() == GuestKind.LINUX) {
            return false;
        }
        if (!vm.guestServices().isEmpty()) {
            return false; // PowerShell Direct answered: readable, even when the guest reports no OS name
        }
        String hostKey = OsNormalizer.normalize(vm.hostOs()).orElse(null);
        return hostKey == null || guestKey == null || !DIRECT_CAPABLE.contains(hostKey)
                || !DIRECT_CAPABLE.contains(guestKey) || oldConfig(vm.configVersion());
    }

    private static boolean oldConfig(String configVersion) {
        if (configVersion == null) {
            return false;
        }
        Matcher m = VERSION.matcher(configVersion.strip());
        if (!m.find()) {
            return false;
        }
        int major = Integer.parseInt(m.group(1));
        return major < 6 || major == 6 && Integer.parseInt(m.group(2)) < 2;
    }
}
