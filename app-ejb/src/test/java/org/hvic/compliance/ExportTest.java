package org.hvic.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hvic.compliance.export.CsvExport;
import org.hvic.compliance.export.ExportData;
import org.hvic.compliance.export.PdfExport;
import org.hvic.compliance.export.XlsxExport;
import org.hvic.compliance.report.FindingRow;
import org.junit.jupiter.api.Test;

class ExportTest {

    private static ExportData data(Locale locale) {
        return new ExportData(Reports.summary(), Reports.rows(), locale);
    }

    @Test
    void pdfParsesWithCoverAndFindingsByHost() throws Exception {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.GERMAN)) {
            byte[] pdf = PdfExport.write(data(locale));
            PdfReader reader = new PdfReader(pdf);
            assertTrue(reader.getNumberOfPages() >= 2);
            String cover = new PdfTextExtractor(reader).getTextFromPage(1);
            assertTrue(cover.contains(locale == Locale.GERMAN ? "Compliance-Bericht" : "Compliance report"), cover);
            String findings = new PdfTextExtractor(reader).getTextFromPage(2);
            assertTrue(findings.contains("host1") && findings.contains("UNSUPPORTED_GUEST"), findings);
            reader.close();
        }
    }

    @Test
    void xlsxHasEveryFinding() throws Exception {
        byte[] xlsx = XlsxExport.write(data(Locale.GERMAN));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertEquals(List.of("Übersicht", "Befunde", "Behoben"), List.of(workbook.getSheetName(0),
                    workbook.getSheetName(1), workbook.getSheetName(2)));
            Sheet sheet = workbook.getSheet("Befunde");
            List<FindingRow> rows = Reports.rows();
            assertEquals(rows.size(), sheet.getLastRowNum());
            assertEquals("Regel", sheet.getRow(0).getCell(3).getStringCellValue());
            for (int i = 0; i < rows.size(); i++) {
                assertEquals(rows.get(i).ruleId(), sheet.getRow(i + 1).getCell(3).getStringCellValue());
                assertEquals(rows.get(i).explanationDe(), sheet.getRow(i + 1).getCell(7).getStringCellValue());
            }
        }
    }

    @Test
    void csvFollowsRfc4180AndParsesBack() {
        String csv = new String(CsvExport.write(data(Locale.ENGLISH)), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFFReport,Created,Matrix set,Host,VM,"));
        assertTrue(csv.endsWith("\r\n"));
        List<List<String>> records = parse(csv.substring(1));
        List<FindingRow> rows = Reports.rows();
        assertEquals(rows.size() + 1, records.size());
        for (List<String> record : records) {
            assertEquals(12, record.size());
        }
        assertTrue(records.stream().anyMatch(r -> r.get(4).equals("win7, \"legacy\"")));
        assertTrue(records.stream().anyMatch(r -> r.get(4).equals("'=cmd|' /C calc'!A0")));
        assertEquals(rows.get(0).explanationEn(), records.get(1).get(10));
    }

    /** A strict RFC 4180 reader. */
    static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"' && field.length() == 0) {
                int end = i + 1;
                while (true) {
                    int q = text.indexOf('"', end);
                    if (q + 1 < text.length() && text.charAt(q + 1) == '"') {
                        field.append(text, end, q + 1);
                        end = q + 2;
                    } else {
                        field.append(text, end, q);
                        i = q + 1;
                        break;
                    }
                }
                continue;
            }
            if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && text.charAt(i + 1) == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
            i++;
        }
        return records;
    }
}
