package org.hvic.operations.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.hvic.inventory.Page;
import org.hvic.operations.BatchReceipt;
import org.hvic.operations.OperationRequest;
import org.hvic.operations.OperationService;
import org.hvic.operations.OperationView;
import org.hvic.problem.Problem;
import org.hvic.security.CurrentActor;

/** The operation queue: request changes (one VM or up to 1,000), follow them, cancel them. */
@Path("operations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OperationResource {

    @EJB
    OperationService operations;

    @Inject
    CurrentActor actor;

    @POST
    @RolesAllowed({"OPERATOR", "ADMIN"})
    public Response request(OperationRequest request) {
        BatchReceipt receipt = operations.enqueue(request, actor.actor());
        return Response.accepted(receipt).build();
    }

    @GET
    @RolesAllowed({"OPERATOR", "AUDITOR", "MANAGER", "ADMIN"})
    public Page<OperationView> list(@QueryParam("state") String state, @QueryParam("vmId") Long vmId,
            @QueryParam("batchId") String batchId, @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("100") int size) {
        return operations.find(state, vmId, uuid(batchId), page, size);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({"OPERATOR", "AUDITOR", "MANAGER", "ADMIN"})
    public OperationView get(@PathParam("id") long id) {
        return operations.get(id);
    }

    @POST
    @Path("{id}/cancel")
    @RolesAllowed({"OPERATOR", "ADMIN"})
    public OperationView cancel(@PathParam("id") long id) {
        return operations.cancel(id, actor.actor());
    }

    private static UUID uuid(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(s.trim());
        } catch (IllegalArgumentException e) {
            throw Problem.invalid("batchId is not a UUID");
        }
    }
}
