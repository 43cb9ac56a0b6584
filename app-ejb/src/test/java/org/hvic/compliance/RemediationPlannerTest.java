package org.hvic.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

import org.hvic.compliance.remediation.PlannedRequest;
import org.hvic.compliance.remediation.RemediationPlanner;
import org.hvic.compliance.report.FindingRow;
import org.hvic.compliance.rules.Component;
import org.hvic.operations.OperationType;
import org.junit.jupiter.api.Test;

class RemediationPlannerTest {

    @Test
    void oneRequestPerTypeAndServiceForRemediableRulesOnly() {
        List<PlannedRequest> plan = RemediationPlanner.plan(Reports.rows());
        assertEquals(List.of(
                new PlannedRequest(OperationType.ENABLE_INTEGRATION_SERVICE, List.of(7L),
                        Component.KEY_VALUE_PAIR_EXCHANGE.guid()),
                new PlannedRequest(OperationType.START_GUEST_SERVICE, List.of(8L), "vmictimesync"),
                new PlannedRequest(OperationType.START_LINUX_DAEMON, List.of(2L), "hv_kvp_daemon")), plan);
    }

    @Test
    void groupsVmsDeduplicatesAndSplitsAtTheRequestLimit() {
        List<FindingRow> rows = new ArrayList<>();
        LongStream.rangeClosed(1, 1001).forEach(id -> rows.add(row(id, "HOST_GUEST_MISMATCH",
                "START_GUEST_SERVICE:vmickvpexchange", FindingChange.NEW)));
        rows.add(row(5, "DATA_EXCHANGE_REQUIRED", "START_GUEST_SERVICE:vmickvpexchange", FindingChange.OPEN));
        rows.add(row(2000, "HOST_GUEST_MISMATCH", "START_GUEST_SERVICE:vmickvpexchange", FindingChange.RESOLVED));
        rows.add(row(3000, "UNSUPPORTED_GUEST", "START_GUEST_SERVICE:vmickvpexchange", FindingChange.NEW));
        List<PlannedRequest> plan = RemediationPlanner.plan(rows);
        assertEquals(2, plan.size());
        assertEquals(1000, plan.get(0).vmIds().size());
        assertEquals(List.of(1001L), plan.get(1).vmIds());
        assertEquals("vmickvpexchange", plan.get(1).service());
    }

    private static FindingRow row(long vm, String rule, String actions, FindingChange change) {
        return new FindingRow(rule + "|" + vm, change, rule, Severity.WARNING, vm, "vm" + vm, 1, "h", "d", "e", "e",
                "r", "r", actions);
    }
}
