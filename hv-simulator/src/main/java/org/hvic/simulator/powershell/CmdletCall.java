package org.hvic.simulator.powershell;

import java.util.List;

/** One invocation of a cmdlet: its bound parameters, pipeline input and session. */
public final class CmdletCall {
    private final Cmdlet cmdlet;
    private final BoundParameters params;
    private final List<Object> input;
    private final PsSession session;
    private final Ast.Command node;

    CmdletCall(Cmdlet cmdlet, BoundParameters params, List<Object> input, PsSession session, Ast.Command node) {
        this.cmdlet = cmdlet;
        this.params = params;
        this.input = input;
        this.session = session;
        this.node = node;
    }

    public BoundParameters params() { return params; }
    public PsSession session() { return session; }

    /** Pipeline input, or null when the cmdlet is the first element of its pipeline. */
    public List<Object> input() { return input; }

    public boolean hasInput() {
        return input != null;
    }

    /** Builds an error whose id is qualified with this cmdlet's implementing type. */
    public PsError error(String message, String category, String target, String exceptionType, String errorId) {
        return PsError.of(message, category, target, exceptionType, errorId + "," + cmdlet.implementingType());
    }

    /** A non-terminating error: reported and the cmdlet goes on, unless -ErrorAction or the preference says Stop. */
    public void writeError(PsError error) {
        String action = params.has("ErrorAction") ? params.string("ErrorAction") : session.errorActionPreference();
        switch (action.toLowerCase()) {
            case "silentlycontinue", "ignore" -> {
            }
            case "stop" -> throw new PsErrorException(error, node, cmdlet.name());
            default -> session.report(error, node, cmdlet.name());
        }
    }

    /** A terminating error: the statement ends. */
    public PsErrorException fail(PsError error) {
        return new PsErrorException(error, node, cmdlet.name());
    }
}
