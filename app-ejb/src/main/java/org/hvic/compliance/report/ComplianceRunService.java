package org.hvic.compliance.report;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;
import org.hvic.audit.AuditEventType;
import org.hvic.audit.AuditRecord;
import org.hvic.audit.AuditService;
import org.hvic.compliance.ComplianceMatrixSet;
import org.hvic.compliance.ComplianceReport;
import org.hvic.compliance.FindingChange;
import org.hvic.compliance.ReportTrigger;
import org.hvic.compliance.matrix.MatrixService;
import org.hvic.compliance.matrix.MatrixSnapshot;
import org.hvic.compliance.rules.EvaluationContext;
import org.hvic.compliance.rules.VmFacts;
import org.hvic.compliance.rules.VmStatus;
import org.hvic.problem.Problem;
import org.hvic.security.Actor;

/**
 * A compliance run: loads every VM in scope with a fixed number of set-based statements, evaluates the rules in memory,
 * compares with the previous report of the same scope, stores report, rule counts and findings (JDBC batches) and
 * audits the run, all in one transaction.
 */
@Stateless
public class ComplianceRunService {

    @PersistenceContext(unitName = "hvic")
    EntityManager em;

    @EJB
    MatrixService matrices;

    @EJB
    ReportService reports;

    @EJB
    AuditService audit;

    @Inject
    @ConfigProperty(name = "hvic.compliance.stale-after-hours", defaultValue = "24")
    int staleAfterHours;

    @Inject
    @ConfigProperty(name = "hvic.compliance.matrix-set", defaultValue = "seed")
    String defaultMatrixSet;

    public ReportSummary run(RunRequest request, ReportTrigger trigger, Actor actor) {
        long started = System.nanoTime();
        RunRequest req = request == null ? RunRequest.FLEET : request;
        String setName = req.matrixSet() == null || req.matrixSet().isBlank() ? defaultMatrixSet : req.matrixSet();
        ComplianceMatrixSet set = matrices.currentEntity(setName);
        MatrixSnapshot snapshot = matrices.snapshot(set);
        List<Long> hostIds = hosts(req.hostIds());
        String scope = hostIds.isEmpty() ? "fleet"
                : "hosts:" + hostIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        Instant now = Instant.now();
        Session session = em.unwrap(Session.class);
        Map<Long, VmFacts> facts = session.doReturningWork(c -> new FactLoader(c, hostIds).load());
        Evaluation evaluation = Evaluation.of(facts.values(),
                new EvaluationContext(snapshot, now, Duration.ofHours(staleAfterHours)));
        Long previousId = previous(scope);
        List<FindingRow> before = previousId == null ? List.of()
                : session.doReturningWork(c -> new ReportStore(c).openFindings(previousId));
        List<FindingRow> rows = ReportDiff.compare(evaluation.findings(), before);
        ComplianceReport report = new ComplianceReport(now, trigger, actor.name(), set, scope, staleAfterHours,
                previousId);
        report.totals(totals(evaluation, rows), Duration.ofNanos(System.nanoTime() - started).toMillis());
        em.persist(report);
        em.flush();
        long id = report.getId();
        session.doWork(c -> {
            ReportStore store = new ReportStore(c);
            store.insertFindings(id, rows);
            store.insertRuleCounts(id, ReportStore.ruleCounts(rows));
        });
        audit.record(auditRecord(report, trigger, actor));
        return reports.summary(id);
    }

    private List<Long> hosts(List<Long> requested) {
        if (requested == null || requested.isEmpty()) {
            return List.of();
        }
        List<Long> ids = requested.stream().distinct().sorted().toList();
        List<?> known = em.createNativeQuery("SELECT id FROM host WHERE id = ANY (CAST(?1 AS bigint[]))")
                .setParameter(1, ids.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}")))
                .getResultList();
        if (known.size() != ids.size()) {
            throw Problem.invalid("hostIds names hosts that do not exist");
        }
        return ids;
    }

    private Long previous(String scope) {
        List<Long> ids = em.createQuery("select r.id from ComplianceReport r where r.scope = :scope"
                + " order by r.createdAt desc, r.id desc", Long.class)
                .setParameter("scope", scope).setMaxResults(1).getResultList();
        return ids.isEmpty() ? null : ids.get(0);
    }

    private static ComplianceReport.Totals totals(Evaluation evaluation, List<FindingRow> rows) {
        int resolved = ReportDiff.count(rows, FindingChange.RESOLVED);
        return new ComplianceReport.Totals(evaluation.vms(), evaluation.count(VmStatus.COMPLIANT),
                evaluation.count(VmStatus.NON_COMPLIANT), evaluation.count(VmStatus.UNKNOWN), rows.size() - resolved,
                ReportDiff.count(rows, FindingChange.NEW), resolved);
    }

    private static AuditRecord auditRecord(ComplianceReport report, ReportTrigger trigger, Actor actor) {
        ComplianceReport.Totals t = report.getTotals();
        Map<String, String> params = new LinkedHashMap<>();
        params.put("trigger", trigger.name());
        params.put("matrixSet", report.getMatrixSet());
        params.put("matrixVersion", String.valueOf(report.getMatrixVersion()));
        params.put("scope", report.getScope());
        String result = "SUCCEEDED: " + t.vms() + " VMs, " + t.compliant() + " compliant, " + t.nonCompliant()
                + " non-compliant, " + t.unknown() + " unknown, " + t.findings() + " findings (" + t.newFindings()
                + " new, " + t.resolvedFindings() + " resolved)";
        return new AuditRecord(AuditEventType.COMPLIANCE_RUN_COMPLETED, actor, "COMPLIANCE_REPORT",
                String.valueOf(report.getId()), "#" + report.getId() + " " + report.getMatrixSet() + " v"
                        + report.getMatrixVersion(), params, result);
    }
}
