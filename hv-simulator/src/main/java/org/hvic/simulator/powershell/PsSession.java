package org.hvic.simulator.powershell;

import java.util.Map;
import java.util.TreeMap;

/** The state of one PowerShell run: cmdlets, variables, error reporting and what the run is working on. */
public final class PsSession {
    /** Where errors go: printed in the error view (host) or collected (a PowerShell Direct session). */
    public interface ErrorSink {
        void report(PsError error, Ast.Element where, String commandName, String source);

        /** An error that came back from a remote (PowerShell Direct) session. */
        default void reportRemote(PsError error, String commandName, String computerName) {
            report(error, null, commandName, null);
        }
    }

    private final CmdletRegistry registry;
    private final ErrorSink sink;
    private final Object context;
    private final Map<String, Object> variables = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private String source = "";
    private Interpreter interpreter;
    private boolean rejected;
    private boolean failed;

    public PsSession(CmdletRegistry registry, ErrorSink sink, Object context) {
        this.registry = registry;
        this.sink = sink;
        this.context = context;
        variables.put("ErrorActionPreference", "Continue");
    }

    public CmdletRegistry registry() { return registry; }

    void attach(Interpreter interpreter) {
        this.interpreter = interpreter;
    }

    /** The interpreter running this session (cmdlets use it to run script blocks). */
    public Interpreter interpreter() { return interpreter; }

    /** The simulated machine this session works on (for the Hyper-V and guest cmdlets). */
    public <T> T context(Class<T> type) {
        return type.cast(context);
    }

    public Map<String, Object> variables() { return variables; }

    public String errorActionPreference() {
        return Values.toStr(variables.get("ErrorActionPreference"));
    }

    public boolean stopOnError() {
        return "stop".equalsIgnoreCase(errorActionPreference());
    }

    void source(String text) {
        this.source = text;
    }

    public void report(PsError error, Ast.Element where, String commandName) {
        failed = true;
        if (error.rejects()) {
            rejected = true;
        }
        sink.report(error, where, commandName, source);
    }

    public void reportRemote(PsError error, String commandName, String computerName) {
        failed = true;
        sink.reportRemote(error, commandName, computerName);
    }

    public void markRejected() {
        rejected = true;
    }

    /** True when something in the script was not recognised (unknown command, parameter, syntax). */
    public boolean rejected() { return rejected; }

    /** True when any error was reported. */
    public boolean failed() { return failed; }
}
