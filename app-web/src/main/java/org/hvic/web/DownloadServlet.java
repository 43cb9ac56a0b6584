package org.hvic.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;

import org.hvic.audit.AuditCsv;
import org.hvic.audit.AuditEventType;
import org.hvic.audit.AuditPdf;
import org.hvic.audit.AuditQuery;
import org.hvic.audit.AuditRecord;
import org.hvic.audit.AuditService;
import org.hvic.compliance.rest.ReportExports;
import org.hvic.problem.Problem;
import org.hvic.security.CurrentActor;

/**
 * Downloads for signed-in users of the pages (the REST API takes HTTP Basic only): {@code /compliance/download?id=&format=
 * pdf|xlsx|csv&lang=en|de} and {@code /audit/download?format=csv|pdf&from=&to=&actor=&action=&target=}. The folders'
 * security constraints admit the roles; the roles are checked here again.
 */
@WebServlet(urlPatterns = {"/compliance/download", "/audit/download"})
public class DownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final long AUDIT_PDF_MAX = 20_000;

    @Inject
    private ReportExports reports;

    @EJB
    private AuditService audit;

    @Inject
    private CurrentActor current;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            if (request.getServletPath().startsWith("/compliance")) {
                if (current.hasAnyRole("MANAGER", "AUDITOR", "ADMIN")) {
                    report(request, response);
                    return;
                }
            } else if (current.hasAnyRole(AuditView.ROLES)) {
                audit(request, response);
                return;
            }
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        } catch (Problem p) {
            response.sendError(p.status(), p.getMessage());
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        }
    }

    private void report(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id = Long.parseLong(String.valueOf(request.getParameter("id")));
        Locale locale = "de".equals(request.getParameter("lang")) ? Locale.GERMAN : Locale.ENGLISH;
        String format = String.valueOf(request.getParameter("format"));
        if (!List.of("pdf", "xlsx", "csv").contains(format)) {
            throw Problem.invalid("format must be pdf, xlsx or csv");
        }
        Response export = reports.report(id, format, locale);
        response.setContentType(String.valueOf(export.getMediaType()));
        response.setHeader("Content-Disposition", export.getHeaderString("Content-Disposition"));
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write((byte[]) export.getEntity());
    }

    private void audit(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = "de".equals(request.getParameter("lang")) ? Locale.GERMAN : Locale.ENGLISH;
        AuditQuery query = AuditQuery.parse(request.getParameter("from"), request.getParameter("to"),
                request.getParameter("actor"), request.getParameter("action"), request.getParameter("target"), 0, 1,
                locale);
        boolean pdf = "pdf".equals(request.getParameter("format"));
        if (pdf && audit.find(query).total() > AUDIT_PDF_MAX) {
            throw Problem.invalid("too many entries for a PDF: narrow the filters or export CSV");
        }
        send(response, pdf ? AuditPdf.MEDIA_TYPE : AuditCsv.MEDIA_TYPE, "hvic-audit." + (pdf ? "pdf" : "csv"));
        String result = "FAILED";
        OutputStream out = response.getOutputStream();
        try {
            long count;
            if (pdf) {
                try (AuditPdf writer = new AuditPdf(out, "hvic audit log", query.toString())) {
                    count = audit.forEach(query, writer);
                }
            } else {
                try (AuditCsv writer = new AuditCsv(out)) {
                    count = audit.forEach(query, writer);
                }
            }
            result = "SUCCEEDED: " + count + " entries";
        } finally {
            audit.recordAlone(new AuditRecord(AuditEventType.AUDIT_EXPORTED, current.actor(), "AUDIT", null,
                    "audit log", Map.of("format", pdf ? "pdf" : "csv", "filters", query.toString()), result));
        }
    }

    private static void send(HttpServletResponse response, String type, String file) {
        response.setContentType(type);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + file + "\"");
        response.setHeader("Cache-Control", "no-store");
    }
}
