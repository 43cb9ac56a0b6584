package org.hvic.compliance.remediation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.hvic.compliance.FindingChange;
import org.hvic.compliance.report.FindingRow;
import org.hvic.compliance.rules.RemediationAction;
import org.hvic.compliance.rules.RuleId;

/**
 * Plans the operations that fix a report's DATA_EXCHANGE_REQUIRED and HOST_GUEST_MISMATCH findings: one request per
 * (operation type, service) with every VM that needs it (an OperationService request each), split into requests of at most {@link #MAX_VMS} VMs. Pure.
 */
public final class RemediationPlanner {

    public static final Set<String> RULES = Set.of(RuleId.DATA_EXCHANGE_REQUIRED.name(),
            RuleId.HOST_GUEST_MISMATCH.name());

    /** OperationService.MAX_VMS_PER_REQUEST */
    public static final int MAX_VMS = 1000;

    private RemediationPlanner() {
    }

    public static List<PlannedRequest> plan(List<FindingRow> rows) {
        Map<RemediationAction, Set<Long>> groups = new LinkedHashMap<>();
        for (FindingRow row : rows) {
            if (row.change() == FindingChange.RESOLVED || !RULES.contains(row.ruleId())) {
                continue;
            }
            for (RemediationAction action : RemediationAction.parse(row.actions())) {
                groups.computeIfAbsent(action, a -> new TreeSet<>()).add(row.vmId());
            }
        }
        List<PlannedRequest> requests = new ArrayList<>();
        groups.forEach((action, vms) -> {
            List<Long> ids = List.copyOf(vms);
            for (int from = 0; from < ids.size(); from += MAX_VMS) {
                requests.add(new PlannedRequest(action.type(), ids.subList(from, Math.min(ids.size(), from + MAX_VMS)),
                        action.service()));
            }
        });
        return requests;
    }
}
