package org.hvic.compliance;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hvic.compliance.matrix.MatrixEntry;
import org.hvic.compliance.matrix.MatrixSnapshot;
import org.hvic.compliance.rules.Component;
import org.hvic.compliance.rules.EvaluationContext;
import org.hvic.compliance.rules.VmFacts;
import org.hvic.inventory.GuestKind;

/** In-memory facts and a small `seed`-like matrix for rule tests. */
final class Fleet {

    static final Instant NOW = Instant.parse("2026-11-26T06:00:00Z");

    private Fleet() {
    }

    static EvaluationContext context() {
        List<MatrixEntry> entries = List.of(
                entry("Windows 10", "Windows 7", UpdateMechanism.WINDOWS_UPDATE, true),
                entry("Windows 10", "Windows Server 2012 R2", UpdateMechanism.WINDOWS_UPDATE, false),
                entry("Windows 10", "Windows 10", UpdateMechanism.WINDOWS_UPDATE, false),
                entry("Windows 8.1", "Windows Server 2012", UpdateMechanism.INTEGRATION_SERVICES_DISK, false),
                entry("Windows 8.1", "Windows XP", UpdateMechanism.INTEGRATION_SERVICES_DISK, false));
        Map<String, String> hosts = Map.of("Windows 10", "Windows 10", "Windows Server 2019", "Windows 10",
                "Windows 8.1", "Windows 8.1", "Windows Server 2012 R2", "Windows 8.1");
        return new EvaluationContext(new MatrixSnapshot(1, "seed", 1, hosts, entries), NOW, Duration.ofHours(24));
    }

    private static MatrixEntry entry(String host, String guest, UpdateMechanism mechanism, boolean dx) {
        return new MatrixEntry(host, 1, guest, guest, mechanism, "de", "en", null, null, dx);
    }

    /** A running Windows VM on a Windows 10 host, every service enabled on the host and running in the guest. */
    static VmFacts windows(String guestOs) {
        VmFacts vm = VmFacts.of(1, "vm1", 10, "host1", "Windows 10 Enterprise", true, "Running", guestOs,
                GuestKind.WINDOWS, "Up to date", NOW.minusSeconds(60), NOW.minusSeconds(60), null);
        for (Component c : Component.values()) {
            vm.services().put(c.guid(), new VmFacts.HostService(c.guid(), true, Set.of(2), "OK", null));
            vm.guestServices().put(c.guestService(), new VmFacts.GuestService(c.guestService(), "Running", "Manual"));
        }
        return vm;
    }

    /** A running Ubuntu VM with hv_utils loaded and the KVP and VSS daemons running; GSI disabled on the host. */
    static VmFacts linux() {
        VmFacts vm = VmFacts.of(2, "lin1", 10, "host1", "Windows Server 2019 Datacenter", true, "Running",
                "Ubuntu 22.04.3 LTS", GuestKind.LINUX, null, NOW.minusSeconds(60), NOW.minusSeconds(60), null)
                .withLinux(true);
        for (Component c : Component.values()) {
            boolean enabled = c != Component.GUEST_SERVICE_INTERFACE;
            vm.services().put(c.guid(), new VmFacts.HostService(c.guid(), enabled, Set.of(2), "OK", null));
        }
        vm.daemons().put("hv_kvp_daemon", new VmFacts.Daemon("hv_kvp_daemon", true, true));
        vm.daemons().put("hv_vss_daemon", new VmFacts.Daemon("hv_vss_daemon", true, true));
        vm.daemons().put("hv_fcopy_daemon", new VmFacts.Daemon("hv_fcopy_daemon", true, false));
        return vm;
    }

    static void host(VmFacts vm, Component c, boolean enabled, Set<Integer> codes, String primary, String secondary) {
        vm.services().put(c.guid(), new VmFacts.HostService(c.guid(), enabled, codes, primary, secondary));
    }

    static void guest(VmFacts vm, Component c, String status, String startType) {
        vm.guestServices().put(c.guestService(), new VmFacts.GuestService(c.guestService(), status, startType));
    }
}
