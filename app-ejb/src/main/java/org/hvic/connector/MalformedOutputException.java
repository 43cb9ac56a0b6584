package org.hvic.connector;

/** A command's output does not have the expected shape (a parser error, not a remote failure). */
public class MalformedOutputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MalformedOutputException(String message) {
        super(message);
    }

    public MalformedOutputException(String message, Throwable cause) {
        super(message, cause);
    }
}
