package org.hvic.compliance.export;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.hvic.compliance.report.FindingRow;

/**
 * A report's findings (and resolved findings) as CSV (RFC 4180): comma separated, CRLF line ends, fields with a comma,
 * quote or line break quoted with quotes doubled; a text starting with {@code = + - @}, tab or CR gets a leading
 * apostrophe so that a spreadsheet never runs it as a formula. UTF-8 with a byte order mark, for spreadsheets.
 */
public final class CsvExport {

    public static final String MEDIA_TYPE = "text/csv; charset=UTF-8";

    private static final List<String> COLUMNS = List.of("report", "generated", "matrixSet", "host", "vm", "vmId",
            "rule", "severity", "change", "detail", "explanation", "remediation");

    private CsvExport() {
    }

    public static byte[] write(ExportData data) {
        StringBuilder out = new StringBuilder("\uFEFF");
        line(out, COLUMNS.stream().map(data::label).toList());
        for (FindingRow row : data.rows()) {
            line(out, List.of(String.valueOf(data.report().id()), data.report().createdAt().toString(), data.matrix(),
                    row.hostName(), row.vmName(), String.valueOf(row.vmId()), row.ruleId(), row.severity().name(),
                    row.change().name(), row.detail(), row.explanation(data.locale()), row.remediation(data.locale())));
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(fields.get(i)));
        }
        out.append("\r\n");
    }

    static String field(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
