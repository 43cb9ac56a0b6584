package org.hvic.inventory.rest;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.hvic.inventory.HostRegistration;
import org.hvic.inventory.HostService;
import org.hvic.inventory.HostView;
import org.hvic.inventory.InventoryQueryService;
import org.hvic.operations.OperationService;
import org.hvic.problem.Problem;
import org.hvic.security.CurrentActor;

/** Hyper-V hosts: list, register, approve host keys, queue refreshes. */
@Path("hosts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HostResource {

    /** The fingerprint an administrator approves; optional, defaults to the key the host presented. */
    public record HostKeyApproval(String fingerprint) {
    }

    @EJB
    InventoryQueryService inventory;

    @EJB
    HostService hosts;

    @EJB
    OperationService operations;

    @Inject
    CurrentActor actor;

    @GET
    @RolesAllowed({"OPERATOR", "AUDITOR", "MANAGER", "ADMIN"})
    public List<HostView> list() {
        return inventory.hosts();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({"OPERATOR", "AUDITOR", "MANAGER", "ADMIN"})
    public HostView get(@PathParam("id") long id) {
        return inventory.host(id);
    }

    @POST
    @RolesAllowed("ADMIN")
    public Response register(HostRegistration registration) {
        if (registration == null) {
            throw Problem.invalid("a request body is required");
        }
        long id = hosts.register(registration, actor.actor());
        return Response.created(URI.create("hosts/" + id)).entity(inventory.host(id)).build();
    }

    @POST
    @Path("{id}/host-key/approve")
    @RolesAllowed("ADMIN")
    public HostView approveKey(@PathParam("id") long id, HostKeyApproval approval) {
        hosts.approveHostKey(id, approval == null ? null : approval.fingerprint(), actor.actor());
        return inventory.host(id);
    }

    @POST
    @Path("{id}/refresh")
    @RolesAllowed({"OPERATOR", "ADMIN"})
    public Response refresh(@PathParam("id") long id) {
        return Response.accepted(operations.refreshHost(id, actor.actor())).build();
    }
}
