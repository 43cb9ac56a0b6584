package org.hvic.compliance.report;

import java.util.Map;

/** A report's totals: VMs by status (UNKNOWN apart from compliant and non-compliant), findings, trend, by rule. */
public record ReportCounts(int vms, int compliant, int nonCompliant, int unknown, int findings, int newFindings,
        int resolvedFindings, Map<String, Integer> findingsByRule, Map<String, Integer> vmsByRule) {
}
