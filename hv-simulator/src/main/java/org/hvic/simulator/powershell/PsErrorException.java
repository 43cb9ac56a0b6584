package org.hvic.simulator.powershell;

/** A terminating error travelling up to the statement that ran the failing command. */
public final class PsErrorException extends RuntimeException {
    private final PsError error;
    private final transient Ast.Element element;
    private final String commandName;
    private final boolean reported;

    public PsErrorException(PsError error, Ast.Element element, String commandName) {
        this(error, element, commandName, false);
    }

    /** {@code reported}: the error was already written out; it only stops the statement. */
    public PsErrorException(PsError error, Ast.Element element, String commandName, boolean reported) {
        super(error.message(), null, false, false);
        this.error = error;
        this.element = element;
        this.commandName = commandName;
        this.reported = reported;
    }

    public boolean reported() { return reported; }

    public PsErrorException(PsError error) {
        this(error, null, null);
    }

    public PsError error() { return error; }
    public Ast.Element element() { return element; }
    public String commandName() { return commandName; }

    /** The same error, located at a command if it was not located yet. */
    public PsErrorException at(Ast.Element where, String name) {
        return element != null ? this : new PsErrorException(error, where, name, reported);
    }
}
