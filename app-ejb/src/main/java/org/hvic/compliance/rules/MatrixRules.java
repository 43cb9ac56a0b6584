package org.hvic.compliance.rules;

import java.util.List;
import java.util.Optional;

import org.hvic.compliance.UpdateMechanism;
import org.hvic.compliance.matrix.MatrixEntry;
import org.hvic.compliance.matrix.MatrixSnapshot;
import org.hvic.compliance.matrix.OsNormalizer;
import org.hvic.inventory.GuestKind;
import org.hvic.operations.OperationType;

/** UNMAPPED_OS, UNSUPPORTED_GUEST and DATA_EXCHANGE_REQUIRED: the VM against its host's matrix. */
final class MatrixRules {

    private MatrixRules() {
    }

    static Classification classify(VmFacts vm, EvaluationContext ctx, Findings out) {
        MatrixSnapshot set = ctx.matrix();
        String hostKey = OsNormalizer.normalize(vm.hostOs()).orElse(null);
        String guestKey = OsNormalizer.normalize(vm.guestOs()).orElse(null);
        boolean linux = vm.guestKind() == GuestKind.LINUX || OsNormalizer.LINUX.equals(guestKey);
        String hostMatrix = hostKey == null ? null : set.matrixFor(hostKey).orElse(null);
        if (hostKey == null) {
            out.add(RuleId.UNMAPPED_OS, "host-os", Message.of("unmapped.hostOs", text(vm.hostOs()), vm.hostName()),
                    Message.of("unmapped.hostOs.fix"));
        } else if (hostMatrix == null) {
            out.add(RuleId.UNMAPPED_OS, "host-matrix", Message.of("unmapped.hostMatrix", set.name(), set.version(),
                    hostKey), Message.of("unmapped.hostMatrix.fix", hostKey));
        }
        if ((vm.guestOs() == null || vm.guestOs().isBlank()) && kvpDisabled(vm) && !linux) {
            out.add(RuleId.DATA_EXCHANGE_REQUIRED, "kvp", Message.of("dataExchange.osUnknown"),
                    Message.of("dataExchange.hostDisabled.fix"), List.of(new RemediationAction(
                            OperationType.ENABLE_INTEGRATION_SERVICE, Component.KEY_VALUE_PAIR_EXCHANGE.guid())));
        } else if (vm.guestOs() == null || vm.guestOs().isBlank()) {
            out.add(RuleId.UNKNOWN, "guest-os", Message.of("unknown.guestOs"), Message.of("unknown.guestOs.fix"));
        } else if (guestKey == null && !linux) {
            out.add(RuleId.UNMAPPED_OS, "guest-os", Message.of("unmapped.guestOs", vm.guestOs()),
                    Message.of("unmapped.guestOs.fix"));
        }
        MatrixEntry entry = hostMatrix == null || guestKey == null ? null
                : set.entry(hostMatrix, guestKey).orElse(null);
        if (hostMatrix != null && guestKey != null && entry == null && !linux) {
            out.add(RuleId.UNSUPPORTED_GUEST, guestKey, Message.of("unsupported", guestKey, hostMatrix, set.name(),
                    set.version(), text(vm.hostOs())), Message.of("unsupported.fix", guestKey));
        }
        return new Classification(hostKey, hostMatrix, guestKey, entry, linux);
    }

    /** Windows Update with the Data Exchange note, and Data Exchange off on the host or not running in the guest. */
    static void dataExchange(VmFacts vm, Classification c, boolean guestKnown, Findings out) {
        MatrixEntry entry = c.entry();
        if (entry == null || !entry.requiresDataExchange() || entry.mechanism() != UpdateMechanism.WINDOWS_UPDATE) {
            return;
        }
        Component kvp = Component.KEY_VALUE_PAIR_EXCHANGE;
        Optional<VmFacts.HostService> host = vm.service(kvp);
        if (host.isPresent() && !host.get().enabled()) {
            out.add(RuleId.DATA_EXCHANGE_REQUIRED, "kvp", Message.of("dataExchange.hostDisabled", c.guestKey()),
                    Message.of("dataExchange.hostDisabled.fix"),
                    List.of(new RemediationAction(OperationType.ENABLE_INTEGRATION_SERVICE, kvp.guid())));
            return;
        }
        if (host.isEmpty() || !guestKnown || vm.guestKind() != GuestKind.WINDOWS || vm.guestServices().isEmpty()) {
            return;
        }
        Optional<VmFacts.GuestService> guest = vm.guestService(kvp);
        if (guest.isPresent() && guest.get().running()) {
            return;
        }
        String status = guest.map(VmFacts.GuestService::status).orElse("-");
        boolean startable = guest.isPresent() && !guest.get().startDisabled();
        out.add(RuleId.DATA_EXCHANGE_REQUIRED, "kvp", Message.of("dataExchange.guestStopped", c.guestKey(), status),
                Message.of(startable ? "dataExchange.guestStopped.fix" : "dataExchange.guestDisabled.fix"),
                startable ? List.of(new RemediationAction(OperationType.START_GUEST_SERVICE, kvp.guestService()))
                        : List.of());
    }

    private static boolean kvpDisabled(VmFacts vm) {
        return vm.service(Component.KEY_VALUE_PAIR_EXCHANGE).map(s -> !s.enabled()).orElse(false);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
