package org.hvic.compliance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hvic.compliance.report.Evaluation;
import org.hvic.compliance.report.FindingRow;
import org.hvic.compliance.report.ReportCounts;
import org.hvic.compliance.report.ReportDiff;
import org.hvic.compliance.report.ReportSummary;
import org.hvic.compliance.rules.Component;
import org.hvic.compliance.rules.VmFacts;
import org.hvic.compliance.rules.VmStatus;

/** A small evaluated fleet as stored rows and a summary, for the export and remediation tests. */
final class Reports {

    private Reports() {
    }

    static List<VmFacts> fleet() {
        List<VmFacts> vms = new ArrayList<>();
        vms.add(Fleet.windows("Windows XP Professional"));
        VmFacts win7 = rename(Fleet.windows("Windows 7 Enterprise"), 7, "win7, \"legacy\"");
        Fleet.host(win7, Component.KEY_VALUE_PAIR_EXCHANGE, false, Set.of(32896), "Disabled", null);
        vms.add(win7);
        VmFacts win10 = rename(Fleet.windows("Windows 10 Enterprise"), 8, "=cmd|' /C calc'!A0");
        Fleet.guest(win10, Component.TIME_SYNCHRONIZATION, "Stopped", "Manual");
        vms.add(win10);
        VmFacts lin = Fleet.linux();
        lin.daemons().put("hv_kvp_daemon", new VmFacts.Daemon("hv_kvp_daemon", true, false));
        vms.add(lin);
        return vms;
    }

    static VmFacts rename(VmFacts vm, long id, String name) {
        VmFacts renamed = VmFacts.of(id, name, vm.hostId(), vm.hostName(), vm.hostOs(), vm.hostReachable(), vm.state(),
                vm.guestOs(), vm.guestKind(), vm.icState(), vm.refreshedAt(), vm.guestCheckedAt(), vm.guestError());
        renamed.services().putAll(vm.services());
        renamed.guestServices().putAll(vm.guestServices());
        return renamed;
    }

    static List<FindingRow> rows() {
        return ReportDiff.compare(Evaluation.of(fleet(), Fleet.context()).findings(), List.of());
    }

    static ReportSummary summary() {
        Evaluation e = Evaluation.of(fleet(), Fleet.context());
        List<FindingRow> rows = rows();
        return new ReportSummary(42, Fleet.NOW, "ON_DEMAND", "manager", "seed", 1, "fleet", null, 12,
                new ReportCounts(e.vms(), e.count(VmStatus.COMPLIANT), e.count(VmStatus.NON_COMPLIANT),
                        e.count(VmStatus.UNKNOWN), rows.size(), rows.size(), 0,
                        Map.of("HOST_GUEST_MISMATCH", 3, "UNSUPPORTED_GUEST", 1), Map.of("HOST_GUEST_MISMATCH", 3)));
    }
}
