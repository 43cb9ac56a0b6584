package org.hvic.inventory;

import java.time.Instant;

/** A compliance finding open for one VM in the latest report that covers it, in one language. */
public record VmFinding(long reportId, Instant reportedAt, String ruleId, String severity, String detail,
        String change, String explanation, String remediation) {
}
