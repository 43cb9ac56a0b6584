package org.hvic.web;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.hvic.compliance.ReportTrigger;
import org.hvic.compliance.report.ComplianceRunService;
import org.hvic.compliance.report.ReportService;
import org.hvic.compliance.report.ReportSummary;
import org.hvic.compliance.report.RunRequest;

/** Compliance reports (MANAGER, AUDITOR, ADMIN) with their trend; "run now" for MANAGER and ADMIN. */
@Named
@ViewScoped
public class ReportListView extends ViewBean {

    private static final long serialVersionUID = 1L;

    @EJB
    private ReportService reports;

    @EJB
    private ComplianceRunService runs;

    private List<ReportSummary> list = List.of();

    public void load() {
        list = reports.list(0, 100);
    }

    /** Runs a fleet report now and opens it. */
    public String runNow() {
        if (!allowed("MANAGER", "ADMIN")) {
            return null;
        }
        ReportSummary report = attempt(() -> runs.run(RunRequest.FLEET, ReportTrigger.ON_DEMAND,
                currentActor.actor()));
        if (report == null) {
            return null;
        }
        info("compliance.runDone", report.id());
        return "/compliance/report?faces-redirect=true&id=" + report.id();
    }

    public List<ReportSummary> getList() {
        return list;
    }

    public List<ReportSummary> getTrend() {
        return Trend.oldestFirst(list.subList(0, Math.min(Trend.REPORTS, list.size())));
    }
}
