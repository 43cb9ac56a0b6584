package org.hvic.simulator.exec;

import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hvic.simulator.fleet.Fleet;
import org.hvic.simulator.fleet.Host;
import org.hvic.simulator.fleet.LinuxGuest;
import org.hvic.simulator.fleet.Machine;
import org.hvic.simulator.hyperv.HostShell;
import org.hvic.simulator.journal.Journal;
import org.hvic.simulator.journal.JournalEntry;
import org.hvic.simulator.journal.Redactor;
import org.hvic.simulator.powershell.PsError;
import org.hvic.simulator.powershell.output.ErrorView;
import org.hvic.simulator.shell.ShInterpreter;

/** Runs one command on one simulated machine: faults first, then the host's PowerShell or the guest's sh; journals it. */
public final class FleetExecutor {
    private static final Pattern CMDLET = Pattern.compile("\\b([A-Za-z]+-[A-Za-z]+)\\b");

    private final Fleet fleet;
    private final Journal journal;

    public FleetExecutor(Fleet fleet, Journal journal) {
        this.fleet = fleet;
        this.journal = journal;
    }

    public Fleet fleet() { return fleet; }

    public CommandResult execute(String address, String user, String commandLine, boolean tty) {
        Machine machine = fleet.machine(address).orElseThrow(() -> new IllegalArgumentException("no machine at " + address));
        String script;
        CommandResult result;
        if (machine instanceof Host host) {
            String decoded;
            try {
                decoded = CommandLine.script(commandLine);
            } catch (IllegalArgumentException e) {
                decoded = commandLine;
                result = new CommandResult("", e.getMessage() + "\r\n", 1, true, List.of());
                return journal(address, user, decoded, result);
            }
            script = decoded;
            result = faults(machine, true, decoded);
            if (result == null) {
                result = HostShell.run(host, decoded);
            }
        } else {
            LinuxGuest guest = (LinuxGuest) machine;
            script = commandLine;
            result = faults(machine, false, commandLine);
            if (result == null) {
                result = ShInterpreter.run(guest, fleet.vmOf(guest), user, tty, commandLine);
            }
        }
        return journal(address, user, script, result);
    }

    private CommandResult journal(String address, String user, String script, CommandResult result) {
        journal.record(new JournalEntry(Instant.now(), address, user, Redactor.redact(script),
                result.rejected() ? JournalEntry.Verdict.REJECTED : JournalEntry.Verdict.ACCEPTED, result.exitCode(),
                List.copyOf(result.changes())));
        return result;
    }

    /** Latency, then the failCommands fault; null when the command may run. */
    private static CommandResult faults(Machine machine, boolean powershell, String script) {
        int latency = machine.faults().latencyMs();
        if (latency > 0) {
            try {
                Thread.sleep(latency);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (!machine.faults().takeFailure()) {
            return null;
        }
        if (!powershell) {
            return new CommandResult("", "bash: fork: retry: Resource temporarily unavailable\n", 1, false, List.of());
        }
        Matcher m = CMDLET.matcher(script);
        String cmdlet = m.find() ? m.group(1) : "powershell.exe";
        PsError error = PsError.of("The operation failed because the virtual machine management service is not responding "
                + "(simulated fault: failCommands).", "OperationStopped", "", "VirtualizationException", "OperationFailed");
        return new CommandResult("", ErrorView.format(error, null, cmdlet, null, false), 1, false, List.of());
    }
}
