package org.hvic.operations;

import java.util.List;
import java.util.UUID;

/** What a request queued: one operation per VM, grouped by a batch id. */
public record BatchReceipt(UUID batchId, List<OperationView> operations) {
}
