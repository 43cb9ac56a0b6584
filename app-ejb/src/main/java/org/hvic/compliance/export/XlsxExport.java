package org.hvic.compliance.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.hvic.compliance.report.FindingRow;
import org.hvic.compliance.report.ReportCounts;

/** A report as an Excel workbook: a summary sheet (totals, by rule), the findings, the resolved findings. */
public final class XlsxExport {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final List<String> COLUMNS = List.of("host", "vm", "vmId", "rule", "severity", "change", "detail",
            "explanation", "remediation");
    private static final int[] WIDTHS = {24, 30, 10, 26, 12, 10, 24, 80, 80};

    private XlsxExport() {
    }

    public static byte[] write(ExportData data) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            CellStyle bold = bold(workbook);
            summary(workbook.createSheet(data.label("summarySheet")), data, bold);
            findings(workbook.createSheet(data.label("findingsSheet")), data, data.findings(), bold);
            findings(workbook.createSheet(data.label("resolvedSheet")), data, data.resolved(), bold);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void summary(Sheet sheet, ExportData data, CellStyle bold) {
        ReportCounts c = data.report().counts();
        Object[][] lines = {
            {data.label("report"), data.report().id()}, {data.label("generated"), data.report().createdAt().toString()},
            {data.label("matrixSet"), data.matrix()}, {data.label("scope"), data.report().scope()},
            {data.label("vms"), c.vms()}, {data.label("compliant"), c.compliant()},
            {data.label("nonCompliant"), c.nonCompliant()}, {data.label("unknown"), c.unknown()},
            {data.label("findings"), c.findings()}, {data.label("newFindings"), c.newFindings()},
            {data.label("resolvedFindings"), c.resolvedFindings()},
        };
        int r = 0;
        for (Object[] line : lines) {
            put(sheet.createRow(r++), line[0], line[1], bold);
        }
        put(sheet.createRow(++r), data.label("byRule"), data.label("findings"), bold).getCell(1).setCellStyle(bold);
        for (Map.Entry<String, Integer> rule : c.findingsByRule().entrySet()) {
            put(sheet.createRow(++r), rule.getKey(), rule.getValue(), bold);
        }
        sheet.setColumnWidth(0, 40 * 256);
        sheet.setColumnWidth(1, 30 * 256);
    }

    private static Row put(Row row, Object label, Object value, CellStyle bold) {
        row.createCell(0).setCellValue(String.valueOf(label));
        row.getCell(0).setCellStyle(bold);
        if (value instanceof Number n) {
            row.createCell(1).setCellValue(n.doubleValue());
        } else {
            row.createCell(1).setCellValue(String.valueOf(value));
        }
        return row;
    }

    private static void findings(Sheet sheet, ExportData data, List<FindingRow> rows, CellStyle bold) {
        Row header = sheet.createRow(0);
        for (int i = 0; i < COLUMNS.size(); i++) {
            header.createCell(i).setCellValue(data.label(COLUMNS.get(i)));
            header.getCell(i).setCellStyle(bold);
            sheet.setColumnWidth(i, WIDTHS[i] * 256);
        }
        int r = 1;
        for (FindingRow f : rows) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(f.hostName());
            row.createCell(1).setCellValue(f.vmName());
            row.createCell(2).setCellValue(f.vmId());
            row.createCell(3).setCellValue(f.ruleId());
            row.createCell(4).setCellValue(f.severity().name());
            row.createCell(5).setCellValue(f.change().name());
            row.createCell(6).setCellValue(f.detail());
            row.createCell(7).setCellValue(f.explanation(data.locale()));
            row.createCell(8).setCellValue(f.remediation(data.locale()));
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, COLUMNS.size() - 1));
    }

    private static CellStyle bold(Workbook workbook) {
        Font font = workbook.createFont();
        font.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        return style;
    }
}
