package org.hvic.web;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.hvic.compliance.remediation.RemediationResult;
import org.hvic.compliance.remediation.RemediationService;
import org.hvic.compliance.report.FindingView;
import org.hvic.compliance.report.ReportDetail;
import org.hvic.compliance.report.ReportService;
import org.hvic.problem.Problem;

/** One compliance report: counts by rule and host, findings, resolved ones, downloads; remediate for ADMIN here. */
@Named
@ViewScoped
public class ReportDetailView extends ViewBean {

    private static final long serialVersionUID = 1L;

    @EJB
    private ReportService reports;

    @EJB
    private RemediationService remediation;

    private Long id;
    private ReportDetail report;
    private Map<String, Integer> byHost = Map.of();

    public void load() {
        try {
            report = reports.detail(id == null ? -1 : id, locale());
        } catch (Problem p) {
            notFound();
            return;
        }
        Map<String, Integer> hosts = new TreeMap<>();
        for (FindingView f : report.findings()) {
            hosts.merge(f.hostName(), 1, Integer::sum);
        }
        byHost = hosts;
    }

    public void remediate() {
        if (!allowed("OPERATOR", "ADMIN")) {
            return;
        }
        RemediationResult result = attempt(() -> remediation.remediate(report.id(), currentActor.actor()));
        if (result != null) {
            info("compliance.remediated", result.operations(), result.batches().size());
        }
    }

    public List<Map.Entry<String, Integer>> getByRule() {
        return List.copyOf(report.counts().findingsByRule().entrySet());
    }

    public List<Map.Entry<String, Integer>> getByHost() {
        return List.copyOf(byHost.entrySet());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ReportDetail getReport() {
        return report;
    }
}
