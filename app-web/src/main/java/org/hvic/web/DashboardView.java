package org.hvic.web;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.hvic.compliance.report.ReportService;
import org.hvic.compliance.report.ReportSummary;
import org.hvic.inventory.FleetDetails;
import org.hvic.inventory.FleetSummary;
import org.hvic.inventory.FleetSummaryService;
import org.hvic.operations.OperationCounts;
import org.hvic.operations.OperationOverviewService;

/** The fleet at a glance: each figure links to the filtered list behind it. */
@Named
@ViewScoped
public class DashboardView extends ViewBean {

    private static final long serialVersionUID = 1L;

    @EJB
    private FleetSummaryService fleet;

    @EJB
    private OperationOverviewService operations;

    @EJB
    private ReportService reports;

    private FleetSummary summary;
    private FleetDetails details;
    private OperationCounts operationCounts;
    private List<ReportSummary> trend = List.of();

    public void load() {
        summary = fleet.summary();
        details = fleet.details();
        operationCounts = operations.last24Hours();
        if (currentActor.hasAnyRole("MANAGER", "AUDITOR", "ADMIN")) {
            trend = Trend.oldestFirst(reports.list(0, Trend.REPORTS));
        }
    }

    public FleetSummary getSummary() {
        return summary;
    }

    public FleetDetails getDetails() {
        return details;
    }

    public OperationCounts getOperationCounts() {
        return operationCounts;
    }

    public List<ReportSummary> getTrend() {
        return trend;
    }

    public ReportSummary getLatestReport() {
        return trend.isEmpty() ? null : trend.get(trend.size() - 1);
    }
}
