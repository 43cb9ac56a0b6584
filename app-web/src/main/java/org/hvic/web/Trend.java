package org.hvic.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import org.hvic.compliance.report.ReportSummary;

/** The compliance trend as CSS bars: {@code #{trend.percent(report, 'compliant')}} is the share of the report's VMs. */
@Named
@ApplicationScoped
public class Trend {

    static final int REPORTS = 20;

    static List<ReportSummary> oldestFirst(List<ReportSummary> newestFirst) {
        List<ReportSummary> list = new ArrayList<>(newestFirst);
        Collections.reverse(list);
        return list;
    }

    public int percent(ReportSummary report, String what) {
        int vms = report.counts().vms();
        if (vms == 0) {
            return 0;
        }
        int n = switch (what) {
            case "compliant" -> report.counts().compliant();
            case "nonCompliant" -> report.counts().nonCompliant();
            default -> report.counts().unknown();
        };
        return n * 100 / vms;
    }
}
