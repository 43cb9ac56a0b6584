package org.hvic.simulator.fleet;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/** Generates large fleets for benchmarks: hosts at 127.1.x.y, every tenth VM a Linux guest at 127.2.x.y. */
final class FleetGenerator {
    private static final String[] HOST_OS = {"Windows Server 2019 Datacenter", "Windows Server 2012 R2 Datacenter",
            "Windows Server 2012 Datacenter", "Windows 10 Enterprise"};
    private static final String[] GUEST_OS = {"Windows Server 2019", "Windows 10", "Windows Server 2016",
            "Windows Server 2012 R2", "Windows 8.1", "Windows Server 2012", "Windows 7", "Windows Server 2008 R2"};

    private FleetGenerator() {
    }

    static Fleet generate(int hostCount, int vmsPerHost, long seed) {
        Random random = new Random(seed);
        List<Host> hosts = new ArrayList<>();
        int linuxCount = 0;
        for (int h = 0; h < hostCount; h++) {
            String os = HOST_OS[random.nextInt(HOST_OS.length)];
            HostOs hostOs = HostOs.of(os);
            String hostName = String.format("HV-GEN-%04d", h + 1);
            List<Vm> vms = new ArrayList<>();
            for (int v = 0; v < vmsPerHost; v++) {
                boolean linux = v % 10 == 9;
                vms.add(vm(random, hostName, v, hostOs, linux ? address(2, linuxCount++) : null));
            }
            hosts.add(new Host(hostName, address(1, h), os, "hvadmin", "secret", h % 10 == 3 ? "de-DE" : "en-US",
                    Map.of(), Faults.none(), vms));
        }
        return new Fleet(hosts);
    }

    private static String address(int block, int index) {
        return "127." + block + "." + (index / 250) + "." + (index % 250 + 1);
    }

    private static Vm vm(Random random, String hostName, int index, HostOs hostOs, String linuxAddress) {
        String name = String.format("vm-%s-%02d", hostName.substring(7), index + 1);
        String id = new UUID(random.nextLong(), random.nextLong()).toString();
        boolean running = random.nextInt(10) != 0;
        VmState state = running ? VmState.RUNNING : VmState.OFF;
        Map<IntegrationComponent, Boolean> enabled = new EnumMap<>(IntegrationComponent.class);
        for (IntegrationComponent c : IntegrationComponent.values()) {
            enabled.put(c, c.enabledByDefault() ^ random.nextInt(8) == 0);
        }
        WindowsGuest windows = null;
        LinuxGuest linux = null;
        String guestOs;
        String icVersion;
        if (linuxAddress == null) {
            guestOs = GUEST_OS[random.nextInt(GUEST_OS.length)];
            icVersion = random.nextInt(5) == 0 ? "6.2.9200.16433" : hostOs.integrationServicesVersion();
            windows = new WindowsGuest("Administrator", "guest-secret");
            for (GuestService s : GuestLoader.defaultServices(new GuestOs(guestOs), true, running, enabled)) {
                windows.add(s);
            }
        } else {
            guestOs = "Ubuntu 22.04.3 LTS";
            icVersion = "";
            linux = new LinuxGuest(linuxAddress, "root", "guest-secret", LinuxGuest.Sudo.NOPASSWD, name,
                    "5.15.0-91-generic", List.of("hv_utils", "hv_vmbus", "hv_netvsc", "hv_storvsc"), Faults.none());
            LinuxProcesses.addSystemProcesses(linux, "Jan01");
            for (String d : List.of("hv_kvp_daemon", "hv_vss_daemon", "hv_fcopy_daemon")) {
                linux.install(d, "/usr/sbin/" + d);
                if (running && !d.equals("hv_fcopy_daemon")) {
                    linux.startDaemon(d);
                }
            }
        }
        return new Vm(new Vm.VmSpec(name, id, state, hostOs.defaultConfigVersion(), guestOs, icVersion,
                FleetLoader.defaultIcState(icVersion, hostOs), 2, 4096, Duration.ofHours(random.nextInt(2000)),
                List.of(), enabled, windows, linux));
    }
}
