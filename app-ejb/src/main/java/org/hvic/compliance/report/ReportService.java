package org.hvic.compliance.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hvic.compliance.ComplianceFinding;
import org.hvic.compliance.ComplianceReport;
import org.hvic.compliance.FindingChange;
import org.hvic.compliance.rules.Texts;
import org.hvic.problem.Problem;

/** Reads stored reports: lists with counts, one report with its findings, the finding rows for exports. */
@Stateless
public class ReportService {

    public static final int MAX_PAGE_SIZE = 500;

    @PersistenceContext(unitName = "hvic")
    EntityManager em;

    /** Newest first. */
    public List<ReportSummary> list(int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw Problem.invalid("page must be >= 0 and size between 1 and " + MAX_PAGE_SIZE);
        }
        List<ComplianceReport> found = em.createQuery(
                "select r from ComplianceReport r order by r.createdAt desc, r.id desc", ComplianceReport.class)
                .setFirstResult(page * size).setMaxResults(size).getResultList();
        Map<Long, Map<String, int[]>> rules = ruleCounts(found.stream().map(ComplianceReport::getId).toList());
        return found.stream().map(r -> summary(r, rules.getOrDefault(r.getId(), Map.of()))).toList();
    }

    public ReportSummary summary(long id) {
        ComplianceReport report = report(id);
        return summary(report, ruleCounts(List.of(id)).getOrDefault(id, Map.of()));
    }

    public ReportDetail detail(long id, Locale locale) {
        ComplianceReport report = report(id);
        ReportSummary summary = summary(report, ruleCounts(List.of(id)).getOrDefault(id, Map.of()));
        List<FindingView> open = new ArrayList<>();
        List<FindingView> resolved = new ArrayList<>();
        for (FindingRow row : rows(id)) {
            (row.change() == FindingChange.RESOLVED ? resolved : open).add(view(row, locale));
        }
        return new ReportDetail(id, report.getCreatedAt(), summary.trigger(), report.getRequestedBy(),
                report.getMatrixSet(), report.getMatrixVersion(), report.getScope(), report.getPreviousReportId(),
                Texts.language(locale).getLanguage(), summary.counts(), open, resolved);
    }

    /** Every stored row of a report (findings and resolved ones), by host, VM, rule. */
    public List<FindingRow> rows(long id) {
        report(id);
        return em.createQuery("select f from ComplianceFinding f where f.reportId = :id"
                + " order by f.hostName, f.vmName, f.vmId, f.ruleId, f.detail", ComplianceFinding.class)
                .setParameter("id", id).getResultStream().map(ReportService::row).toList();
    }

    private ComplianceReport report(long id) {
        ComplianceReport report = em.find(ComplianceReport.class, id);
        if (report == null) {
            throw Problem.notFound("compliance report", id);
        }
        return report;
    }

    private Map<Long, Map<String, int[]>> ruleCounts(List<Long> ids) {
        Map<Long, Map<String, int[]>> counts = new HashMap<>();
        if (ids.isEmpty()) {
            return counts;
        }
        List<?> rows = em.createNativeQuery("SELECT report_id, rule_id, findings, vms FROM compliance_report_rule"
                + " WHERE report_id IN (:ids)").setParameter("ids", ids).getResultList();
        for (Object o : rows) {
            Object[] r = (Object[]) o;
            counts.computeIfAbsent(((Number) r[0]).longValue(), k -> new TreeMap<>())
                    .put((String) r[1], new int[] {((Number) r[2]).intValue(), ((Number) r[3]).intValue()});
        }
        return counts;
    }

    static ReportSummary summary(ComplianceReport r, Map<String, int[]> rules) {
        ComplianceReport.Totals t = r.getTotals();
        Map<String, Integer> findings = new TreeMap<>();
        Map<String, Integer> vms = new TreeMap<>();
        rules.forEach((rule, c) -> {
            findings.put(rule, c[0]);
            vms.put(rule, c[1]);
        });
        ReportCounts counts = new ReportCounts(t.vms(), t.compliant(), t.nonCompliant(), t.unknown(), t.findings(),
                t.newFindings(), t.resolvedFindings(), findings, vms);
        return new ReportSummary(r.getId(), r.getCreatedAt(), r.getTrigger().name(), r.getRequestedBy(),
                r.getMatrixSet(), r.getMatrixVersion(), r.getScope(), r.getPreviousReportId(), r.getDurationMs(),
                counts);
    }

    static FindingView view(FindingRow row, Locale locale) {
        return new FindingView(row.key(), row.ruleId(), row.severity().name(), row.vmId(), row.vmName(), row.hostId(),
                row.hostName(), row.detail(), row.change().name(), row.explanation(locale), row.remediation(locale),
                row.actions());
    }

    private static FindingRow row(ComplianceFinding f) {
        return new FindingRow(f.getFindingKey(), f.getChange(), f.getRuleId(), f.getSeverity(), f.getVmId(),
                f.getVmName(), f.getHostId(), f.getHostName(), f.getDetail(), f.getExplanationEn(),
                f.getExplanationDe(), f.getRemediationEn(), f.getRemediationDe(), f.getActions());
    }
}
