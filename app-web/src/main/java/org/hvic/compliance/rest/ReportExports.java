package org.hvic.compliance.rest;

import java.util.List;
import java.util.Locale;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.hvic.compliance.export.CsvExport;
import org.hvic.compliance.export.ExportData;
import org.hvic.compliance.export.PdfExport;
import org.hvic.compliance.export.XlsxExport;
import org.hvic.compliance.report.ReportService;
import org.hvic.compliance.report.ReportSummary;
import org.hvic.problem.Problem;

/** Reports as JSON or as a PDF, XLSX or CSV download. */
@ApplicationScoped
public class ReportExports {

    @EJB
    ReportService service;

    public List<ReportSummary> list(int page, int size) {
        return service.list(page, size);
    }

    public Response report(long id, String format, Locale locale) {
        if (format == null || format.isBlank() || "json".equalsIgnoreCase(format)) {
            return Response.ok(service.detail(id, locale), MediaType.APPLICATION_JSON).build();
        }
        String kind = format.toLowerCase(Locale.ROOT);
        if (!List.of("pdf", "xlsx", "csv").contains(kind)) {
            throw Problem.invalid("format must be json, pdf, xlsx or csv");
        }
        ExportData data = new ExportData(service.summary(id), service.rows(id), locale);
        byte[] bytes = switch (kind) {
            case "pdf" -> PdfExport.write(data);
            case "xlsx" -> XlsxExport.write(data);
            default -> CsvExport.write(data);
        };
        String type = switch (kind) {
            case "pdf" -> PdfExport.MEDIA_TYPE;
            case "xlsx" -> XlsxExport.MEDIA_TYPE;
            default -> CsvExport.MEDIA_TYPE;
        };
        String file = "compliance-report-" + id + "-" + locale.getLanguage() + "." + kind;
        return Response.ok(bytes, type).header("Content-Disposition", "attachment; filename=\"" + file + "\"").build();
    }
}
