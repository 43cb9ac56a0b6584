package org.hvic.simulator.shell;

import java.util.ArrayList;
import java.util.List;
import org.hvic.simulator.exec.CommandResult;
import org.hvic.simulator.fleet.LinuxGuest;
import org.hvic.simulator.fleet.LinuxProcess;
import org.hvic.simulator.fleet.Vm;
import org.hvic.simulator.journal.StateChange;
import org.hvic.simulator.shell.ShSyntax.AndOr;
import org.hvic.simulator.shell.ShSyntax.Part;
import org.hvic.simulator.shell.ShSyntax.Pipeline;
import org.hvic.simulator.shell.ShSyntax.SimpleCommand;
import org.hvic.simulator.shell.ShSyntax.Word;

/** Runs sh scripts on a simulated Linux guest: expansion, pipelines, and/or lists; commands in {@link LinuxCommands}. */
public final class ShInterpreter {
    /** Output of a command or script. */
    record Io(String out, String err, int code) {
        static Io ok(String out) {
            return new Io(out, "", 0);
        }

        static Io fail(String err, int code) {
            return new Io("", err, code);
        }
    }

    private final LinuxGuest guest;
    private final Vm vm;
    private final String user;
    private final String tty;
    private final List<StateChange> changes = new ArrayList<>();
    private final List<LinuxProcess> running = new ArrayList<>();
    private boolean rejected;
    private int lastStatus;

    public ShInterpreter(LinuxGuest guest, Vm vm, String user, boolean tty) {
        this.guest = guest;
        this.vm = vm;
        this.user = user;
        this.tty = tty ? "pts/0" : "?";
    }

    /** Runs one exec request's command line (holding the guest's lock). */
    public static CommandResult run(LinuxGuest guest, Vm vm, String user, boolean tty, String script) {
        ShInterpreter sh = new ShInterpreter(guest, vm, user, tty);
        Io io;
        synchronized (guest) {
            io = sh.runScript(script, "", "root".equals(user), "bash");
        }
        return new CommandResult(io.out(), io.err(), io.code(), sh.rejected, sh.changes);
    }

    LinuxGuest guest() { return guest; }
    Vm vm() { return vm; }
    String user() { return user; }
    List<LinuxProcess> running() { return running; }

    void change(String daemon, String field, String before, String after) {
        changes.add(new StateChange(vm == null ? guest.hostname() : vm.name(), vm == null ? "" : vm.id(), daemon, field,
                before, after));
    }

    void reject() {
        rejected = true;
    }

    /** Runs a script; {@code shellName} prefixes syntax errors ("bash" or "sh"). */
    Io runScript(String script, String stdin, boolean root, String shellName) {
        ShSyntax.Script parsed;
        try {
            parsed = ShParser.parse(script);
        } catch (ShParser.ShSyntaxException e) {
            rejected = true;
            return Io.fail(shellName + ": -c: line 1: " + e.getMessage() + "\n", 2);
        }
        StringBuilder out = new StringBuilder();
        StringBuilder err = new StringBuilder();
        int code = 0;
        for (AndOr item : parsed.items()) {
            code = andOr(item, stdin, root, out, err);
        }
        return new Io(out.toString(), err.toString(), code);
    }

    private int andOr(AndOr item, String stdin, boolean root, StringBuilder out, StringBuilder err) {
        int code = pipeline(item.pipelines().get(0), stdin, root, out, err);
        for (int i = 1; i < item.pipelines().size(); i++) {
            boolean and = item.ops().get(i - 1).equals("&&");
            if ((and && code == 0) || (!and && code != 0)) {
                code = pipeline(item.pipelines().get(i), stdin, root, out, err);
            }
        }
        return code;
    }

    private int pipeline(Pipeline p, String stdin, boolean root, StringBuilder out, StringBuilder err) {
        List<List<String>> argvs = new ArrayList<>();
        for (SimpleCommand c : p.commands()) {
            argvs.add(expand(c, root, err));
        }
        List<LinuxProcess> mine = new ArrayList<>();
        int shellPid = guest.allocatePid();
        for (List<String> argv : argvs) {
            mine.add(new LinuxProcess(guest.allocatePid(), shellPid, user, LinuxCommands.now(), tty, "00:00:00",
                    String.join(" ", argv)));
        }
        running.addAll(mine);
        String input = stdin;
        Io io = Io.ok("");
        try {
            for (List<String> argv : argvs) {
                io = argv.isEmpty() ? Io.ok("") : LinuxCommands.run(this, argv, input, root);
                err.append(io.err());
                input = io.out();
            }
        } finally {
            running.removeAll(mine);
        }
        out.append(io.out());
        lastStatus = io.code();
        return io.code();
    }

    private List<String> expand(SimpleCommand c, boolean root, StringBuilder err) {
        List<String> fields = new ArrayList<>();
        for (Word w : c.words()) {
            StringBuilder current = new StringBuilder();
            boolean have = false;
            for (Part part : w.parts()) {
                String text = switch (part.kind()) {
                    case LITERAL -> part.text();
                    case VARIABLE -> variable(part.text());
                    case SUBSTITUTION -> substitute(part.text(), root, err);
                };
                if (part.quoted() || part.kind() == ShSyntax.PartKind.LITERAL) {
                    current.append(text);
                    have = true;
                    continue;
                }
                String[] pieces = text.split("[ \t\n]+", -1);
                for (int i = 0; i < pieces.length; i++) {
                    if (i > 0 && (have || current.length() > 0)) {
                        fields.add(current.toString());
                        current.setLength(0);
                        have = false;
                    }
                    current.append(pieces[i]);
                }
            }
            if (have || current.length() > 0) {
                fields.add(current.toString());
            }
        }
        return fields;
    }

    private String substitute(String script, boolean root, StringBuilder err) {
        Io io = runScript(script, "", root, "bash");
        err.append(io.err());
        return io.out().replaceAll("\n+$", "");
    }

    private String variable(String name) {
        return switch (name) {
            case "?" -> String.valueOf(lastStatus);
            case "USER", "LOGNAME" -> user;
            case "HOME" -> "root".equals(user) ? "/root" : "/home/" + user;
            case "PATH" -> "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";
            case "HOSTNAME" -> guest.hostname();
            case "0" -> "bash";
            default -> "";
        };
    }
}
