package org.hvic.inventory.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.hvic.inventory.HistoryEntryView;
import org.hvic.inventory.HostService;
import org.hvic.inventory.InventoryQueryService;
import org.hvic.inventory.Page;
import org.hvic.inventory.VmDetail;
import org.hvic.inventory.VmSummary;
import org.hvic.problem.Problem;
import org.hvic.security.CurrentActor;

/** Virtual machines: list, detail, service history, guest access. */
@Path("vms")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VmResource {

    /** How hvic reaches a Linux guest; the password is stored encrypted and never returned. */
    public record GuestAccess(String address, Integer port, String username, String password) {
        @Override
        public String toString() {
            return "GuestAccess[" + username + "@" + address + ":" + port + "]";
        }
    }

    @EJB
    InventoryQueryService inventory;

    @EJB
    HostService hosts;

    @Inject
    CurrentActor actor;

    @GET
    @RolesAllowed({"OPERATOR", "AUDITOR", "MANAGER", "ADMIN"})
    public Page<VmSummary> list(@QueryParam("hostId") Long hostId, @QueryParam("name") String name,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        return inventory.vms(hostId, name, page, size);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({"OPERATOR", "AUDITOR", "MANAGER", "ADMIN"})
    public VmDetail get(@PathParam("id") long id) {
        return inventory.vm(id);
    }

    @GET
    @Path("{id}/history")
    @RolesAllowed({"OPERATOR", "AUDITOR", "ADMIN"})
    public Page<HistoryEntryView> history(@PathParam("id") long id, @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("100") int size) {
        return inventory.history(id, page, size);
    }

    @PUT
    @Path("{id}/guest-access")
    @RolesAllowed("ADMIN")
    public Response guestAccess(@PathParam("id") long id, GuestAccess access) {
        if (access == null) {
            throw Problem.invalid("a request body is required");
        }
        hosts.setGuestAccess(id, access.address(), access.port(), access.username(), access.password(), actor.actor());
        return Response.noContent().build();
    }
}
