package org.hvic.compliance.rest;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hvic.compliance.ReportTrigger;
import org.hvic.compliance.matrix.MatrixChange;
import org.hvic.compliance.matrix.MatrixService;
import org.hvic.compliance.matrix.MatrixSetView;
import org.hvic.compliance.report.ComplianceRunService;
import org.hvic.compliance.report.ReportSummary;
import org.hvic.compliance.report.RunRequest;
import org.hvic.problem.Problem;
import org.hvic.security.CurrentActor;

/**
 * Compliance ({@code /api/v1/compliance}): matrices, runs, reports with exports. Remediation is in
 * {@code RemediationResource}.
 */
@Path("compliance")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "compliance", description = "update-mechanism matrices, compliance runs and reports")
public class ComplianceResource {

    @EJB
    MatrixService matrices;

    @EJB
    ComplianceRunService runs;

    @Inject
    ReportExports reports;

    @Inject
    CurrentActor current;

    @GET
    @Path("matrices")
    @RolesAllowed({"OPERATOR", "AUDITOR", "MANAGER", "ADMIN"})
    @Operation(summary = "The current version of every matrix set (without rows)")
    public List<MatrixSetView> matrices() {
        return matrices.list();
    }

    @GET
    @Path("matrices/{set}")
    @RolesAllowed({"OPERATOR", "AUDITOR", "MANAGER", "ADMIN"})
    @Operation(summary = "A matrix set with its rows: the current version, or ?version=n")
    public MatrixSetView matrix(@PathParam("set") String set, @QueryParam("version") Integer version) {
        return matrices.get(set, version);
    }

    @PUT
    @Path("matrices/{set}/rows")
    @RolesAllowed("ADMIN")
    @Operation(summary = "Add, replace or remove rows: {comment, rows: [{hostMatrix, guestOs, mechanism, "
            + "requiresDataExchange, noteDe, noteEn}], remove: [{hostMatrix, guestOs}]}; creates the next version")
    public MatrixSetView changeRows(@PathParam("set") String set, MatrixChange body) {
        if (body == null) {
            throw Problem.invalid("a JSON body {comment, rows, remove} is required");
        }
        return matrices.change(set, body, current.actor());
    }

    @POST
    @Path("runs")
    @RolesAllowed({"MANAGER", "ADMIN"})
    @Operation(summary = "Run a compliance report now: optional {matrixSet, hostIds}; 201 with the new report")
    public Response run(RunRequest body) {
        ReportSummary report = runs.run(body == null ? RunRequest.FLEET : body, ReportTrigger.ON_DEMAND,
                current.actor());
        return Response.created(URI.create("compliance/reports/" + report.id())).entity(report).build();
    }

    @GET
    @Path("reports")
    @RolesAllowed({"MANAGER", "AUDITOR", "ADMIN"})
    @Operation(summary = "Reports, newest first, with counts by status and by rule")
    public List<ReportSummary> reports(@QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size) {
        return reports.list(page, size);
    }

    @GET
    @Path("reports/{id}")
    @Produces({MediaType.APPLICATION_JSON, "application/pdf", "text/csv",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    @RolesAllowed({"MANAGER", "AUDITOR", "ADMIN"})
    @Operation(summary = "A report with its findings (JSON), or ?format=pdf|xlsx|csv; ?lang=en|de")
    public Response report(@PathParam("id") long id, @QueryParam("format") String format,
            @QueryParam("lang") String lang) {
        return reports.report(id, format, language(lang));
    }

    static Locale language(String lang) {
        if (lang == null || lang.isBlank() || "en".equalsIgnoreCase(lang)) {
            return Locale.ENGLISH;
        }
        if ("de".equalsIgnoreCase(lang)) {
            return Locale.GERMAN;
        }
        throw Problem.invalid("lang must be en or de");
    }
}
