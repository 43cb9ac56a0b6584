package org.hvic.compliance.export;

import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import org.hvic.compliance.report.FindingRow;
import org.hvic.compliance.report.ReportCounts;

/**
 * A report as PDF (OpenPDF): a cover with the report's data, totals and a bar chart of VMs by status, then the
 * findings by rule and grouped by host, then the findings resolved since the previous report.
 */
public final class PdfExport {

    public static final String MEDIA_TYPE = "application/pdf";

    static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 20);
    static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13);
    static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 8);
    static final Font NORMAL = FontFactory.getFont(FontFactory.HELVETICA, 8);
    static final Font COVER = FontFactory.getFont(FontFactory.HELVETICA, 11);

    private PdfExport() {
    }

    public static byte[] write(ExportData data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 36, 36, 42, 42);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.addTitle(data.label("title") + " " + data.report().id());
        document.addCreator("hvic");
        document.open();
        cover(document, data);
        StatusChart.draw(writer.getDirectContent(), data);
        document.newPage();
        byRule(document, data);
        byHost(document, data, data.label("findingsByHost"), data.findings());
        if (!data.resolved().isEmpty()) {
            byHost(document, data, data.label("resolvedSection"), data.resolved());
        }
        document.close();
        return out.toByteArray();
    }

    private static void cover(Document document, ExportData data) {
        ReportCounts c = data.report().counts();
        document.add(new Paragraph(data.label("title") + " #" + data.report().id(), TITLE));
        document.add(new Paragraph(" "));
        Map<String, Object> lines = new LinkedHashMap<>();
        lines.put("generated", data.report().createdAt());
        lines.put("matrixSet", data.matrix());
        lines.put("scope", data.report().scope());
        lines.put("trigger", data.report().trigger() + " (" + data.report().requestedBy() + ")");
        lines.put("vms", c.vms());
        lines.put("compliant", c.compliant());
        lines.put("nonCompliant", c.nonCompliant());
        lines.put("unknown", c.unknown());
        lines.put("findings", c.findings());
        lines.put("newFindings", c.newFindings());
        lines.put("resolvedFindings", c.resolvedFindings());
        PdfPTable table = new PdfPTable(new float[] {3, 4});
        table.setWidthPercentage(80);
        table.setHorizontalAlignment(PdfPTable.ALIGN_LEFT);
        lines.forEach((key, value) -> {
            table.addCell(cell(data.label(key), FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11)));
            table.addCell(cell(String.valueOf(value), COVER));
        });
        document.add(table);
    }

    private static void byRule(Document document, ExportData data) {
        document.add(new Paragraph(data.label("byRule"), HEADING));
        PdfPTable table = new PdfPTable(new float[] {4, 1, 1});
        table.setWidthPercentage(60);
        table.setHorizontalAlignment(PdfPTable.ALIGN_LEFT);
        table.setSpacingBefore(6);
        table.setSpacingAfter(12);
        for (String header : List.of("rule", "findings", "ruleVms")) {
            table.addCell(cell(data.label(header), BOLD));
        }
        ReportCounts c = data.report().counts();
        c.findingsByRule().forEach((rule, n) -> {
            table.addCell(cell(rule, NORMAL));
            table.addCell(cell(String.valueOf(n), NORMAL));
            table.addCell(cell(String.valueOf(c.vmsByRule().getOrDefault(rule, 0)), NORMAL));
        });
        document.add(table);
    }

    private static void byHost(Document document, ExportData data, String title, List<FindingRow> rows) {
        document.add(new Paragraph(title, HEADING));
        if (rows.isEmpty()) {
            document.add(new Paragraph(data.label("noFindings"), COVER));
            return;
        }
        Map<String, List<FindingRow>> hosts = new LinkedHashMap<>();
        rows.forEach(r -> hosts.computeIfAbsent(r.hostName(), h -> new java.util.ArrayList<>()).add(r));
        for (Map.Entry<String, List<FindingRow>> host : hosts.entrySet()) {
            Paragraph heading = new Paragraph(data.label("host") + ": " + host.getKey() + " ("
                    + host.getValue().size() + ")", FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11));
            heading.setSpacingBefore(10);
            document.add(heading);
            document.add(hostTable(data, host.getValue()));
        }
    }

    private static PdfPTable hostTable(ExportData data, List<FindingRow> rows) {
        PdfPTable table = new PdfPTable(new float[] {3, 3, 1.4f, 1.2f, 5, 5});
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setHeaderRows(1);
        for (String header : List.of("vm", "rule", "severity", "change", "explanation", "remediation")) {
            table.addCell(cell(data.label(header), BOLD));
        }
        for (FindingRow row : rows) {
            table.addCell(cell(row.vmName(), NORMAL));
            table.addCell(cell(row.ruleId(), NORMAL));
            table.addCell(cell(row.severity().name(), NORMAL));
            table.addCell(cell(row.change().name(), NORMAL));
            table.addCell(cell(row.explanation(data.locale()), NORMAL));
            table.addCell(cell(row.remediation(data.locale()), NORMAL));
        }
        return table;
    }

    static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, font));
        cell.setPadding(3);
        return cell;
    }
}
