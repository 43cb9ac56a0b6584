package org.hvic.problem;

import jakarta.ejb.ApplicationException;

/**
 * A request that cannot be carried out, with the HTTP status the REST layer answers with (RFC 9457
 * problem details). Rolls the transaction back: a bad request changes nothing.
 */
@ApplicationException(rollback = true)
public class Problem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String title;

    protected Problem(int status, String title, String detail) {
        super(detail);
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** 400: the request is malformed or names something that does not fit. */
    public static Problem invalid(String detail) {
        return new Problem(400, "Invalid request", detail);
    }

    /** 404: the thing asked for does not exist. */
    public static Problem notFound(String what, Object id) {
        return new Problem(404, "Not found", what + " " + id + " does not exist");
    }

    /** 409: the request conflicts with the current state. */
    public static Problem conflict(String detail) {
        return new Problem(409, "Conflict", detail);
    }
}
