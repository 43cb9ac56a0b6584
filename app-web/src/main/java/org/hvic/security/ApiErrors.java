package org.hvic.security;

import java.io.IOException;
import java.io.UncheckedIOException;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletResponse;

/** Writes the {@code application/problem+json} answers of the authentication mechanism (401, 403). */
final class ApiErrors {

    static final String REALM = "hvic";

    private ApiErrors() {
    }

    static void unauthorized(HttpServletResponse response, String detail, String instance) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\"");
        write(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized", detail, instance);
    }

    static void forbidden(HttpServletResponse response, String detail, String instance) {
        write(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden", detail, instance);
    }

    static void write(HttpServletResponse response, int status, String title, String detail, String instance) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("type", "about:blank").add("title", title)
                .add("status", status).add("detail", detail);
        if (instance != null) {
            body.add("instance", instance);
        }
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        try {
            response.getWriter().write(body.build().toString());
            response.flushBuffer(); // committed: the container's HTML error page must not replace it
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
