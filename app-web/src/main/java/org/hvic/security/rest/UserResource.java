package org.hvic.security.rest;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hvic.problem.Problem;
import org.hvic.security.CurrentActor;
import org.hvic.security.HvicAuthenticationMechanism;
import org.hvic.security.UserAdministration;
import org.hvic.security.UserSummary;

/** Users and roles ({@code /api/v1/users}), for administrators only. Passwords are accepted, never returned. */
@Path("users")
@RequestScoped
@RolesAllowed("ADMIN")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "users", description = "hvic's users and their roles (ADMIN)")
public class UserResource {

    @EJB
    UserAdministration users;

    @Inject
    CurrentActor current;

    @Inject
    HvicAuthenticationMechanism mechanism;

    @GET
    @Operation(summary = "All users with roles and lock-out state")
    public List<UserSummary> list() {
        return users.list();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One user")
    public UserSummary get(@PathParam("id") long id) {
        return users.get(id);
    }

    @POST
    @Operation(summary = "Create a user: {username, password, roles}")
    public Response create(UserRequests.NewUser body) {
        if (body == null) {
            throw Problem.invalid("a JSON body {username, password, roles} is required");
        }
        UserSummary created = users.create(current.actor(), body.username(), body.password(), body.roles());
        return Response.created(URI.create("users/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("{id}/roles")
    @Operation(summary = "Replace the roles of a user: {roles}")
    public UserSummary changeRoles(@PathParam("id") long id, UserRequests.RolesChange body) {
        if (body == null) {
            throw Problem.invalid("a JSON body {roles: [...]} is required");
        }
        return forget(users.changeRoles(current.actor(), id, body.roles()));
    }

    @PUT
    @Path("{id}/password")
    @Operation(summary = "Set a new password: {password}")
    public UserSummary changePassword(@PathParam("id") long id, UserRequests.PasswordChange body) {
        if (body == null) {
            throw Problem.invalid("a JSON body {password} is required");
        }
        return forget(users.changePassword(current.actor(), id, body.password()));
    }

    @POST
    @Path("{id}/unlock")
    @Operation(summary = "Lift a lock-out and reset the failure count")
    public UserSummary unlock(@PathParam("id") long id) {
        return users.unlock(current.actor(), id);
    }

    @POST
    @Path("{id}/enable")
    @Operation(summary = "Enable a disabled user again")
    public UserSummary enable(@PathParam("id") long id) {
        return users.enable(current.actor(), id);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Disable a user (the user and its audit trail stay)")
    public UserSummary disable(@PathParam("id") long id) {
        return forget(users.disable(current.actor(), id));
    }

    /** Makes a change take effect at once for HTTP Basic callers of this node. */
    private UserSummary forget(UserSummary user) {
        mechanism.verifiedCallers().forget(user.username());
        return user;
    }
}
