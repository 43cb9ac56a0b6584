package org.hvic.compliance.rules;

import java.time.Instant;

/** UNKNOWN: the host was unreachable, or host or guest data is older than the run allows. */
final class FreshnessRule {

    private FreshnessRule() {
    }

    /** False when nothing about the VM can be trusted (host unreachable or host data stale). */
    static boolean hostKnown(VmFacts vm, EvaluationContext ctx, Findings out) {
        if (Boolean.FALSE.equals(vm.hostReachable())) {
            out.add(RuleId.UNKNOWN, "host-unreachable", Message.of("unknown.hostUnreachable", vm.hostName()),
                    Message.of("unknown.hostUnreachable.fix"));
            return false;
        }
        if (ctx.stale(vm.refreshedAt())) {
            out.add(RuleId.UNKNOWN, "host-data", Message.of("unknown.hostData", hours(ctx), when(vm.refreshedAt())),
                    Message.of("unknown.hostData.fix"));
            return false;
        }
        return true;
    }

    /**
     * Whether guest-side data may be used. A running VM whose guest was not checked recently is UNKNOWN, unless hvic
     * cannot read that guest by design (a Windows guest without PowerShell Direct): then only host-side rules apply.
     */
    static boolean guestKnown(VmFacts vm, EvaluationContext ctx, Findings out) {
        if (!vm.running()) {
            return false;
        }
        boolean fresh = !ctx.stale(vm.guestCheckedAt()) && (vm.guestError() == null || vm.guestError().isBlank());
        if (!fresh && GuestAccess.unreadableByDesign(vm)) {
            return false;
        }
        if (ctx.stale(vm.guestCheckedAt())) {
            out.add(RuleId.UNKNOWN, "guest-data", Message.of("unknown.guestData", hours(ctx), when(vm.guestCheckedAt())),
                    Message.of("unknown.guestData.fix"));
            return false;
        }
        if (vm.guestError() != null && !vm.guestError().isBlank()) {
            out.add(RuleId.UNKNOWN, "guest-data", Message.of("unknown.guestError", vm.guestError()),
                    Message.of("unknown.guestData.fix"));
            return false;
        }
        return true;
    }

    private static long hours(EvaluationContext ctx) {
        return ctx.staleAfter().toHours();
    }

    private static Object when(Instant at) {
        return at == null ? new Localized("never", "nie") : at.toString();
    }
}
