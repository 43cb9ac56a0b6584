package org.hvic.rest;

/** RFC 9457 problem details, the body of every error the API answers with. */
public record ProblemDetails(String type, String title, int status, String detail, String instance) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
