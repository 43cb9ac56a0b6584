package org.hvic.compliance.remediation;

import java.util.List;
import java.util.UUID;

/** What a remediation request queued: one batch per (operation type, service). */
public record RemediationResult(long reportId, int operations, List<Batch> batches) {

    public record Batch(String type, String service, int vms, UUID batchId) {
    }
}
