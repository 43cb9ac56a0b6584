package org.hvic.compliance.export;

import java.util.List;
import java.util.Locale;

import org.hvic.compliance.FindingChange;
import org.hvic.compliance.report.FindingRow;
import org.hvic.compliance.report.ReportSummary;
import org.hvic.compliance.rules.Texts;

/** What an export shows: the report's summary and its rows (sorted by host, VM, rule), in one language. */
public record ExportData(ReportSummary report, List<FindingRow> rows, Locale locale) {

    public ExportData {
        rows = List.copyOf(rows);
        locale = Texts.language(locale);
    }

    public List<FindingRow> findings() {
        return rows.stream().filter(r -> r.change() != FindingChange.RESOLVED).toList();
    }

    public List<FindingRow> resolved() {
        return rows.stream().filter(r -> r.change() == FindingChange.RESOLVED).toList();
    }

    public String label(String key) {
        return Texts.label(key, locale);
    }

    public String matrix() {
        return report.matrixSet() + " v" + report.matrixVersion();
    }
}
