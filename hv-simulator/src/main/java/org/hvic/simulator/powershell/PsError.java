package org.hvic.simulator.powershell;

/**
 * An ErrorRecord: message, category (InvalidArgument, ObjectNotFound, ...), target, exception type and fully
 * qualified error id. {@code rejects} marks errors that mean "the simulator did not recognise this command".
 */
public record PsError(String message, String category, String targetName, String targetType, String exceptionType,
                      String errorId, boolean rejects) {

    public static PsError of(String message, String category, String target, String exceptionType, String errorId) {
        return new PsError(message, category, target, target == null || target.isEmpty() ? "" : "String", exceptionType,
                errorId, false);
    }

    /** A parameter binding or unknown-command error: counted as rejected in the journal. */
    public static PsError rejecting(String message, String category, String target, String exceptionType, String errorId) {
        return new PsError(message, category, target, target == null || target.isEmpty() ? "" : "String", exceptionType,
                errorId, true);
    }
}
