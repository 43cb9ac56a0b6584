package org.hvic.compliance.report;

/** A finding as the API shows it, in one language; {@code change} is NEW, OPEN or RESOLVED against the previous report. */
public record FindingView(String key, String ruleId, String severity, long vmId, String vmName, long hostId,
        String hostName, String detail, String change, String explanation, String remediation, String actions) {
}
