package org.hvic.simulator.hyperv;

import java.util.List;
import org.hvic.simulator.exec.CommandResult;
import org.hvic.simulator.fleet.Host;
import org.hvic.simulator.powershell.Interpreter;
import org.hvic.simulator.powershell.PsSession;
import org.hvic.simulator.powershell.output.ErrorView;
import org.hvic.simulator.powershell.output.OutputFormatter;

/** Runs a PowerShell script on a simulated host (holding the host's lock) and formats output and errors. */
public final class HostShell {
    private HostShell() {
    }

    public static CommandResult run(Host host, String script) {
        StringBuilder stderr = new StringBuilder();
        HostContext context = new HostContext(host);
        PsSession session = new PsSession(HyperVCmdlets.host(), new PsSession.ErrorSink() {
            @Override
            public void report(org.hvic.simulator.powershell.PsError e, org.hvic.simulator.powershell.Ast.Element where,
                               String command, String source) {
                stderr.append(ErrorView.format(e, where, command, source, host.german()));
            }

            @Override
            public void reportRemote(org.hvic.simulator.powershell.PsError e, String command, String computer) {
                stderr.append(ErrorView.formatRemote(e, command, computer));
            }
        }, context);
        List<Object> output;
        synchronized (host.lock()) {
            output = new Interpreter(session).runScript(script);
        }
        return new CommandResult(OutputFormatter.format(output), stderr.toString(), session.failed() ? 1 : 0,
                session.rejected(), context.changes());
    }
}
