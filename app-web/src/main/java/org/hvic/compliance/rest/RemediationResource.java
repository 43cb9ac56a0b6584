package org.hvic.compliance.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hvic.compliance.remediation.RemediationResult;
import org.hvic.compliance.remediation.RemediationService;
import org.hvic.security.CurrentActor;

/** {@code POST /api/v1/compliance/reports/{id}/remediate}: queue the operations that fix a report's findings. */
@Path("compliance/reports/{id}/remediate")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "compliance")
public class RemediationResource {

    @EJB
    RemediationService remediation;

    @Inject
    CurrentActor current;

    @POST
    @RolesAllowed({"OPERATOR", "ADMIN"})
    @Operation(summary = "Queue the operations that fix the report's DATA_EXCHANGE_REQUIRED and HOST_GUEST_MISMATCH "
            + "findings (one request per operation type and service); 202 with the batches")
    public Response remediate(@PathParam("id") long id) {
        RemediationResult result = remediation.remediate(id, current.actor());
        return Response.accepted(result).build();
    }
}
