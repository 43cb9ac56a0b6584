package org.hvic.simulator.fleet;

import java.util.List;

/** What the host reports for one integration component of one VM (OperationalStatus and descriptions). */
public record ComponentStatus(List<Integer> operationalStatus, String primaryDescription, String secondaryDescription) {
    public static final int OK = 2;
    public static final int DEGRADED = 3;
    public static final int NO_CONTACT = 12;
    public static final int LOST_COMMUNICATION = 13;
    public static final int PROTOCOL_MISMATCH = 32775;

    private static final String MISMATCH = "The protocol version of the component installed in the virtual machine "
            + "does not match the version expected by the hosting system";

    /** Computes the status from host setting, VM state and the guest's side (the host setting wins). */
    public static ComponentStatus of(Host host, Vm vm, IntegrationComponent c) {
        boolean german = host.german();
        if (!vm.running() || !guestHasComponent(vm, c)) {
            return new ComponentStatus(List.of(NO_CONTACT), german ? "Kein Kontakt" : "No Contact", "");
        }
        if (!vm.enabled(c)) {
            return new ComponentStatus(List.of(OK), "OK", "");
        }
        if (!guestAnswers(vm, c)) {
            return new ComponentStatus(List.of(LOST_COMMUNICATION),
                    german ? "Kommunikation unterbrochen" : "Lost Communication", "");
        }
        if (c == IntegrationComponent.VSS && "Update required".equals(vm.integrationServicesState())) {
            return new ComponentStatus(List.of(DEGRADED, PROTOCOL_MISMATCH), german ? "Beeinträchtigt" : "Degraded", MISMATCH);
        }
        if (c == IntegrationComponent.HEARTBEAT) {
            return new ComponentStatus(List.of(OK, OK), "OK", "OK");
        }
        return new ComponentStatus(List.of(OK), "OK", "");
    }

    /** Whether the guest has the component installed at all (else the host never gets contact). */
    public static boolean guestHasComponent(Vm vm, IntegrationComponent c) {
        LinuxGuest linux = vm.linuxGuest();
        if (linux != null) {
            if (c.providedByKernel()) {
                return linux.moduleLoaded("hv_utils");
            }
            return linuxDaemons(c).stream().anyMatch(d -> !"absent".equals(linux.daemonState(d)));
        }
        WindowsGuest windows = vm.windowsGuest();
        return windows != null && windows.service(c.guestService()).isPresent();
    }

    private static boolean guestAnswers(Vm vm, IntegrationComponent c) {
        LinuxGuest linux = vm.linuxGuest();
        if (linux != null) {
            return c.providedByKernel() || linuxDaemons(c).stream().anyMatch(d -> "running".equals(linux.daemonState(d)));
        }
        return vm.windowsGuest().service(c.guestService()).map(GuestService::running).orElse(false);
    }

    /** The Linux daemons that implement a daemon-backed component. */
    public static List<String> linuxDaemons(IntegrationComponent c) {
        return switch (c) {
            case KEY_VALUE_PAIR_EXCHANGE -> List.of("hv_kvp_daemon");
            case VSS -> List.of("hv_vss_daemon");
            case GUEST_SERVICE_INTERFACE -> List.of("hv_fcopy_daemon", "hv_fcopy_uio_daemon");
            default -> List.of();
        };
    }
}
