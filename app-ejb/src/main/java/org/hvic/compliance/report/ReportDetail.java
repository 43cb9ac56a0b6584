package org.hvic.compliance.report;

import java.time.Instant;
import java.util.List;

/** One report with its findings and the findings resolved since the previous report of the same scope. */
public record ReportDetail(long id, Instant createdAt, String trigger, String requestedBy, String matrixSet,
        int matrixVersion, String scope, Long previousReportId, String language, ReportCounts counts,
        List<FindingView> findings, List<FindingView> resolved) {
}
