package org.hvic.compliance.rules;

import java.util.List;
import java.util.Optional;

import org.hvic.inventory.GuestKind;
import org.hvic.operations.OperationType;

/**
 * HOST_GUEST_MISMATCH on a running VM: a service enabled on the host whose guest counterpart (Windows vmic* service,
 * Linux daemon) is not running, or the reverse; and "No Contact" / "Lost Communication" on an enabled service.
 * Integration services must be enabled on host and guest to work (seed). A daemon that is not installed at all is
 * LINUX_IC_MISSING, not a mismatch.
 */
final class ConsistencyRules {

    static final int NO_CONTACT = 12;
    static final int LOST_COMMUNICATION = 13;

    private ConsistencyRules() {
    }

    static void check(VmFacts vm, boolean guestKnown, Findings out) {
        for (Component component : Component.values()) {
            Optional<VmFacts.HostService> host = vm.service(component);
            if (host.isEmpty()) {
                continue;
            }
            if (guestKnown && vm.guestKind() == GuestKind.WINDOWS && !vm.guestServices().isEmpty()) {
                windows(vm, component, host.get().enabled(), out);
            } else if (guestKnown && vm.guestKind() == GuestKind.LINUX && !vm.daemons().isEmpty()) {
                linux(vm, component, host.get().enabled(), out);
            }
            contact(vm, component, host.get(), out);
        }
    }

    private static void windows(VmFacts vm, Component component, boolean enabled, Findings out) {
        String name = component.guestService();
        Optional<VmFacts.GuestService> guest = vm.guestService(component);
        if (enabled && guest.isEmpty()) {
            mismatch(out, component, "guest-missing", Message.of("mismatch.guestMissing", component.displayName(), name),
                    Message.of("mismatch.guestMissing.fix", name), List.of());
        } else if (enabled && !guest.get().running()) {
            boolean startable = !guest.get().startDisabled();
            mismatch(out, component, "guest-stopped",
                    Message.of("mismatch.guestStopped", component.displayName(), name, guest.get().status()),
                    Message.of(startable ? "mismatch.guestStopped.fix" : "mismatch.guestDisabled.fix", name),
                    startable ? List.of(new RemediationAction(OperationType.START_GUEST_SERVICE, name)) : List.of());
        } else if (!enabled && guest.isPresent() && guest.get().running() && !dataExchangeRequired(component, out)) {
            mismatch(out, component, "host-disabled",
                    Message.of("mismatch.hostDisabled", component.displayName(), name),
                    Message.of("mismatch.hostDisabled.fix", name, component.displayName()),
                    List.of(new RemediationAction(OperationType.STOP_GUEST_SERVICE, name)));
        }
    }

    private static void linux(VmFacts vm, Component component, boolean enabled, Findings out) {
        for (String name : component.daemons()) {
            VmFacts.Daemon daemon = vm.daemons().get(name);
            if (daemon == null || !daemon.installed()) {
                continue;
            }
            if (enabled && !daemon.running() && !anyRunning(vm, component)) {
                mismatch(out, component, "daemon-stopped",
                        Message.of("mismatch.daemonStopped", component.displayName(), name),
                        Message.of("mismatch.daemonStopped.fix", name),
                        List.of(new RemediationAction(OperationType.START_LINUX_DAEMON, name)));
                return;
            }
            if (!enabled && daemon.running() && !dataExchangeRequired(component, out)) {
                mismatch(out, component, "daemon-running-" + name,
                        Message.of("mismatch.daemonRunning", component.displayName(), name),
                        Message.of("mismatch.daemonRunning.fix", name, component.displayName()),
                        List.of(new RemediationAction(OperationType.STOP_LINUX_DAEMON, name)));
            }
        }
    }

    /** Data Exchange that the matrix requires is to be enabled, not stopped in the guest: that finding covers it. */
    private static boolean dataExchangeRequired(Component component, Findings out) {
        return component == Component.KEY_VALUE_PAIR_EXCHANGE && out.has(RuleId.DATA_EXCHANGE_REQUIRED);
    }

    private static boolean anyRunning(VmFacts vm, Component component) {
        return component.daemons().stream().map(vm.daemons()::get).anyMatch(d -> d != null && d.running());
    }

    private static void contact(VmFacts vm, Component component, VmFacts.HostService host, Findings out) {
        if (!host.enabled() || out.hasComponent(RuleId.HOST_GUEST_MISMATCH, component.key())
                || linuxPieceMissing(vm, component)) {
            return;
        }
        int code = host.hasStatus(NO_CONTACT) ? NO_CONTACT : host.hasStatus(LOST_COMMUNICATION) ? LOST_COMMUNICATION : 0;
        if (code == 0) {
            return;
        }
        String reason = code == NO_CONTACT ? "no-contact" : "lost-communication";
        String status = host.primaryStatus() == null || host.primaryStatus().isBlank()
                ? (code == NO_CONTACT ? "No Contact" : "Lost Communication") : host.primaryStatus();
        mismatch(out, component, reason, Message.of("mismatch.status", component.displayName(), status),
                Message.of("mismatch." + (code == NO_CONTACT ? "noContact" : "lostCommunication") + ".fix"),
                code == LOST_COMMUNICATION ? restart(vm, component) : List.of());
    }

    /** Lost Communication: the guest side stopped answering, so start it again (where hvic knows what to start). */
    private static List<RemediationAction> restart(VmFacts vm, Component component) {
        if (vm.guestKind() == GuestKind.LINUX) {
            return component.daemons().isEmpty() ? List.of()
                    : List.of(new RemediationAction(OperationType.START_LINUX_DAEMON, daemonToStart(vm, component)));
        }
        if (vm.guestKind() != GuestKind.WINDOWS || GuestAccess.unreadableByDesign(vm)) {
            return List.of(); // hvic cannot reach this guest's services (no PowerShell Direct): nothing to queue
        }
        return List.of(new RemediationAction(OperationType.START_GUEST_SERVICE, component.guestService()));
    }

    /** No Contact because hv_utils or the daemon is missing in a Linux guest: LINUX_IC_MISSING says so already. */
    private static boolean linuxPieceMissing(VmFacts vm, Component component) {
        if (vm.guestKind() != GuestKind.LINUX || vm.hvUtilsLoaded() == null) {
            return false;
        }
        if (component.daemons().isEmpty()) {
            return !vm.hvUtilsLoaded();
        }
        return component.daemons().stream().map(vm.daemons()::get).noneMatch(d -> d != null && d.installed());
    }

    private static String daemonToStart(VmFacts vm, Component component) {
        return component.daemons().stream().filter(d -> vm.daemons().containsKey(d) && vm.daemons().get(d).installed())
                .findFirst().orElse(component.daemons().get(0));
    }

    private static void mismatch(Findings out, Component component, String reason, Message explanation,
            Message remediation, List<RemediationAction> actions) {
        out.add(RuleId.HOST_GUEST_MISMATCH, component.key() + "/" + reason, explanation, remediation, actions);
    }
}
