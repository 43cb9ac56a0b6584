package org.hvic.compliance.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.hvic.compliance.FindingChange;
import org.hvic.compliance.rules.Finding;

/** Compares the findings of a run with the open findings of the previous report, by finding key (rule + VM + detail). */
public final class ReportDiff {

    private ReportDiff() {
    }

    /** The rows to store: current findings marked NEW or OPEN, then the previous ones that are gone, marked RESOLVED. */
    public static List<FindingRow> compare(List<Finding> current, List<FindingRow> previous) {
        Set<String> before = new HashSet<>();
        for (FindingRow row : previous) {
            before.add(row.key());
        }
        List<FindingRow> rows = new ArrayList<>(current.size());
        Set<String> now = new HashSet<>();
        for (Finding finding : current) {
            if (now.add(finding.key())) {
                boolean open = before.contains(finding.key());
                rows.add(FindingRow.of(finding, open ? FindingChange.OPEN : FindingChange.NEW));
            }
        }
        for (FindingRow row : previous) {
            if (!now.contains(row.key())) {
                rows.add(row.as(FindingChange.RESOLVED));
            }
        }
        return rows;
    }

    public static int count(List<FindingRow> rows, FindingChange change) {
        return (int) rows.stream().filter(r -> r.change() == change).count();
    }
}
