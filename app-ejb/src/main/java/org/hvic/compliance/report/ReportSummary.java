package org.hvic.compliance.report;

import java.time.Instant;

/** A report in a list, and the answer to a run. */
public record ReportSummary(long id, Instant createdAt, String trigger, String requestedBy, String matrixSet,
        int matrixVersion, String scope, Long previousReportId, long durationMs, ReportCounts counts) {
}
