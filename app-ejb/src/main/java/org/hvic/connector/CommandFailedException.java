package org.hvic.connector;

/** The command ran and ended with a non-zero exit code; the message is the extracted PowerShell or shell error. */
public final class CommandFailedException extends ConnectorException {

    private static final long serialVersionUID = 1L;

    private final int exitCode;
    private final String errorText;

    public CommandFailedException(String target, int exitCode, String errorText) {
        super(Kind.COMMAND_FAILED, target, errorText);
        this.exitCode = exitCode;
        this.errorText = errorText;
    }

    /** The result of a command that must succeed, or the failure it reports. */
    static ExecResult requireSuccess(String target, ExecResult result) throws CommandFailedException {
        if (result.succeeded()) {
            return result;
        }
        String error = ErrorText.extract(result.stderr());
        if (error.isEmpty()) {
            error = "the command ended with exit code " + result.exitCode();
        }
        throw new CommandFailedException(target, result.exitCode(), error);
    }

    public int exitCode() {
        return exitCode;
    }

    /** E.g. {@code Hyper-V was unable to find a virtual machine with ID "..."}. */
    public String errorText() {
        return errorText;
    }
}
