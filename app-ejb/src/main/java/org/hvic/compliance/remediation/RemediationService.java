package org.hvic.compliance.remediation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;

import org.hvic.audit.AuditEventType;
import org.hvic.audit.AuditRecord;
import org.hvic.audit.AuditService;
import org.hvic.compliance.report.ReportService;
import org.hvic.operations.BatchReceipt;
import org.hvic.operations.OperationRequest;
import org.hvic.operations.OperationService;
import org.hvic.security.Actor;

/** Queues the operations that fix a report's remediable findings through the normal operation queue, audited. */
@Stateless
public class RemediationService {

    @EJB
    ReportService reports;

    @EJB
    OperationService operations;

    @EJB
    AuditService audit;

    public RemediationResult remediate(long reportId, Actor actor) {
        List<PlannedRequest> requests = RemediationPlanner.plan(reports.rows(reportId));
        List<RemediationResult.Batch> batches = new ArrayList<>();
        int queued = 0;
        for (PlannedRequest request : requests) {
            BatchReceipt receipt = operations.enqueue(
                    OperationRequest.of(request.type(), request.vmIds(), request.service()), actor);
            queued += receipt.operations().size();
            batches.add(new RemediationResult.Batch(request.type().name(), request.service(), request.vmIds().size(),
                    receipt.batchId()));
        }
        Map<String, String> params = new LinkedHashMap<>();
        params.put("requests", String.valueOf(requests.size()));
        params.put("operations", String.valueOf(queued));
        audit.record(new AuditRecord(AuditEventType.COMPLIANCE_REMEDIATION_REQUESTED, actor, "COMPLIANCE_REPORT",
                String.valueOf(reportId), "#" + reportId, params,
                requests.isEmpty() ? "NOTHING_TO_DO" : "ACCEPTED: " + queued + " operations queued"));
        return new RemediationResult(reportId, queued, batches);
    }
}
