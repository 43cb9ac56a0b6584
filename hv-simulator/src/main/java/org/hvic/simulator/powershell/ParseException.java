package org.hvic.simulator.powershell;

/** A PowerShell parse error (ParserError), with the offset it refers to and PowerShell's error id. */
public final class ParseException extends RuntimeException {
    private final int offset;
    private final int length;
    private final String errorId;

    public ParseException(String message, int offset, int length, String errorId) {
        super(message);
        this.offset = offset;
        this.length = Math.max(1, length);
        this.errorId = errorId;
    }

    public int offset() { return offset; }
    public int length() { return length; }
    public String errorId() { return errorId; }
}
