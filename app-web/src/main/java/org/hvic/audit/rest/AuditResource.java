package org.hvic.audit.rest;

import java.io.OutputStream;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.hvic.audit.AuditCsv;
import org.hvic.audit.AuditEntryView;
import org.hvic.audit.AuditEventType;
import org.hvic.audit.AuditPage;
import org.hvic.audit.AuditPdf;
import org.hvic.audit.AuditQuery;
import org.hvic.audit.AuditRecord;
import org.hvic.audit.AuditService;
import org.hvic.audit.AuditVerification;
import org.hvic.problem.Problem;
import org.hvic.security.Actor;
import org.hvic.security.CurrentActor;

/**
 * The audit log for auditors: entries newest first with filters, verification of the hash chain, and exports as CSV
 * or PDF. Verifications and exports are themselves audited.
 */
@Path("audit")
@RequestScoped
@RolesAllowed({"AUDITOR", "ADMIN"})
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    /** More entries than this make a PDF too long to read; CSV has no limit. */
    static final long PDF_MAX_ENTRIES = 20_000;

    @EJB
    AuditService audit;

    @Inject
    CurrentActor actor;

    @Context
    HttpHeaders headers;

    /**
     * Entries newest first. {@code from}/{@code to}: ISO-8601 date ({@code 2025-01-31}, UTC, {@code to} includes the
     * day) or date-time ({@code 2025-01-31T08:00:00Z}); {@code actor}: exact user name; {@code action}: event type
     * name or code; {@code target}: part of the target's name or id; {@code page} from 0, {@code size} up to 500.
     * Messages follow {@code Accept-Language} (German or English).
     */
    @GET
    public AuditPage find(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("actor") String actorName, @QueryParam("action") String action,
            @QueryParam("target") String target, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return audit.find(AuditQuery.parse(from, to, actorName, action, target, page, size, locale()));
    }

    /** Walks the whole chain: {@code {valid, entries, firstBrokenId}}. */
    @GET
    @Path("verify")
    public AuditVerification verify() {
        AuditVerification verification = audit.verify();
        audit.recordAlone(new AuditRecord(AuditEventType.AUDIT_VERIFIED, caller(), "AUDIT", null, "audit log",
                Map.of("entries", Long.toString(verification.entries())),
                verification.valid() ? "VALID" : "BROKEN at entry " + verification.firstBrokenId()));
        return verification;
    }

    /**
     * The entries matching the same filters as {@link #find}, newest first, as {@code format=csv} (default) or
     * {@code pdf}, whatever the {@code Accept} header says (a download link sends all sorts).
     */
    @GET
    @Path("export")
    @Produces(MediaType.WILDCARD)
    public Response export(@DefaultValue("csv") @QueryParam("format") String format,
            @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("actor") String actorName, @QueryParam("action") String action,
            @QueryParam("target") String target) {
        AuditQuery query = AuditQuery.parse(from, to, actorName, action, target, 0, 1, locale());
        String kind = format.strip().toLowerCase(Locale.ROOT);
        return switch (kind) {
            case "csv" -> stream(query, "csv", AuditCsv.MEDIA_TYPE, AuditCsv::new);
            case "pdf" -> {
                long total = audit.find(query).total();
                if (total > PDF_MAX_ENTRIES) {
                    throw Problem.invalid(total + " entries are too many for a PDF (at most " + PDF_MAX_ENTRIES
                            + "): narrow the filters or export CSV");
                }
                yield stream(query, "pdf", AuditPdf.MEDIA_TYPE,
                        out -> new AuditPdf(out, "hvic audit log", describe(query)));
            }
            default -> throw Problem.invalid("format must be csv or pdf");
        };
    }

    private <W extends Consumer<AuditEntryView> & AutoCloseable> Response stream(AuditQuery query,
            String extension, String mediaType, Function<OutputStream, W> writerFor) {
        Actor caller = caller();
        StreamingOutput body = out -> {
            long count = 0;
            String result = "FAILED";
            try (W writer = writerFor.apply(out)) {
                count = audit.forEach(query, writer);
                result = "SUCCEEDED: " + count + " entries";
            } catch (Exception e) {
                result = "FAILED: " + e.getClass().getSimpleName();
                throw new IllegalStateException("the audit export failed", e);
            } finally {
                audit.recordAlone(new AuditRecord(AuditEventType.AUDIT_EXPORTED, caller, "AUDIT", null, "audit log",
                        Map.of("format", extension, "filters", describe(query)), result));
            }
        };
        return Response.ok(body, mediaType)
                .header("Content-Disposition", "attachment; filename=\"hvic-audit." + extension + "\"").build();
    }

    private Actor caller() {
        return actor.actor();
    }

    private Locale locale() {
        return headers == null ? Locale.ENGLISH : headers.getAcceptableLanguages().stream()
                .filter(language -> "de".equals(language.getLanguage()) || "en".equals(language.getLanguage()))
                .findFirst().orElse(Locale.ENGLISH);
    }

    static String describe(AuditQuery query) {
        StringBuilder out = new StringBuilder();
        append(out, "from", query.from());
        append(out, "to", query.to());
        append(out, "actor", query.actor());
        append(out, "action", query.action());
        append(out, "target", query.target());
        return out.length() == 0 ? "all entries" : out.toString();
    }

    private static void append(StringBuilder out, String name, Object value) {
        if (value != null) {
            out.append(out.length() == 0 ? "" : ", ").append(name).append('=').append(value);
        }
    }
}
