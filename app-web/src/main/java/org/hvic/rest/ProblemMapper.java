package org.hvic.rest;

import jakarta.ejb.EJBException;
import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.logging.Level;
import java.util.logging.Logger;

import org.hvic.problem.Problem;

/** Turns every failure into {@code application/problem+json}; unexpected ones are logged, never echoed. */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(Throwable failure) {
        Throwable cause = unwrap(failure);
        if (cause instanceof Problem problem) {
            return respond(problem.status(), problem.title(), problem.getMessage());
        }
        if (cause instanceof EJBAccessException) {
            return respond(403, "Forbidden", "your role does not allow this");
        }
        if (cause instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            String detail = status == 400 || status == 415 || status == 404 || status == 405
                    ? safeMessage(web) : Response.Status.fromStatusCode(status) + "";
            return respond(status, reason(status), detail);
        }
        if (cause instanceof jakarta.ws.rs.ProcessingException || cause instanceof jakarta.json.bind.JsonbException
                || cause instanceof jakarta.json.JsonException) {
            return respond(400, "Invalid request", "the request body is not valid JSON for this endpoint");
        }
        if (cause instanceof jakarta.validation.ConstraintViolationException violation) {
            return respond(400, "Invalid request", violation.getMessage());
        }
        LOG.log(Level.SEVERE, "unexpected failure in the REST API", failure);
        return respond(500, "Internal error", "the server failed; the log has the details");
    }

    static Throwable unwrap(Throwable failure) {
        Throwable current = failure;
        while (current instanceof EJBException && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    private static String safeMessage(WebApplicationException web) {
        Throwable cause = web.getCause();
        if (cause != null && cause.getClass().getName().contains("Json")) {
            return "the request body is not valid JSON for this endpoint";
        }
        return web.getMessage();
    }

    private static String reason(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return known == null ? "Error " + status : known.getReasonPhrase();
    }

    private Response respond(int status, String title, String detail) {
        String instance = uriInfo == null ? null : uriInfo.getRequestUri().getPath();
        return Response.status(status).type(ProblemDetails.MEDIA_TYPE)
                .entity(new ProblemDetails("about:blank", title, status, detail, instance)).build();
    }
}
