package org.hvic.simulator.shell;

import java.util.List;
import java.util.stream.Collectors;
import org.hvic.simulator.fleet.LinuxGuest;
import org.hvic.simulator.fleet.LinuxProcess;
import org.hvic.simulator.shell.ShInterpreter.Io;

/** Stopping processes (kill) and starting integration daemons by name or path. */
final class Daemons {
    private Daemons() {
    }

    /** kill [-15|-TERM|-s TERM|-9|-KILL] PID...; {@code external}: /bin/kill under sudo (procps messages). */
    static Io kill(ShInterpreter sh, List<String> args, boolean root, boolean external) {
        StringBuilder err = new StringBuilder();
        int code = 0;
        boolean signalNext = false;
        int pidCount = 0;
        for (String a : args) {
            if (signalNext) {
                signalNext = false;
            } else if (a.equals("-s") || a.equals("-n")) {
                signalNext = true;
            } else if (a.startsWith("-") && a.length() > 1) {
                continue;
            } else if (!a.matches("\\d+")) {
                err.append(external ? "kill: failed to parse argument: '" + a + "'\n"
                        : "bash: kill: " + a + ": arguments must be process or job IDs\n");
                code = 1;
            } else {
                pidCount++;
                String problem = killOne(sh, Integer.parseInt(a), root);
                if (problem != null) {
                    err.append(external ? "kill: (" + a + "): " + problem + "\n" : "bash: kill: (" + a + ") - " + problem + "\n");
                    code = 1;
                }
            }
        }
        if (pidCount == 0 && code == 0) {
            return Io.fail("kill: usage: kill [-s sigspec | -n signum | -sigspec] pid | jobspec ... or kill -l [sigspec]\n", 2);
        }
        return new Io("", err.toString(), code);
    }

    private static String killOne(ShInterpreter sh, int pid, boolean root) {
        LinuxGuest g = sh.guest();
        LinuxProcess p = g.process(pid).orElse(null);
        if (p == null) {
            return "No such process";
        }
        if (!root && !p.user().equals(sh.user())) {
            return "Operation not permitted";
        }
        String program = p.programName();
        String before = pids(g, program);
        g.removeProcess(pid);
        if (LinuxGuest.KNOWN_DAEMONS.contains(program)) {
            sh.change(program, "pids", before, pids(g, program));
        }
        return null;
    }

    private static String pids(LinuxGuest g, String program) {
        return g.pidsOf(program).stream().map(String::valueOf).collect(Collectors.joining(" "));
    }

    /** Starts a daemon given by name or full path; anything else is an unknown command. */
    static Io start(ShInterpreter sh, String command, boolean root, String errorPrefix) {
        LinuxGuest g = sh.guest();
        String name = command.substring(command.lastIndexOf('/') + 1);
        boolean path = command.contains("/");
        boolean known = LinuxGuest.KNOWN_DAEMONS.contains(name);
        String installed = known ? g.daemonPath(name).orElse(null) : null;
        if (installed == null || (path && !command.equals(installed) && !command.equals("/usr/sbin/" + name))) {
            if (!known) {
                sh.reject();
            }
            if (path) {
                return Io.fail(errorPrefix + command + ": No such file or directory\n", errorPrefix.startsWith("sudo") ? 1 : 127);
            }
            return Io.fail(errorPrefix + command + ": command not found\n", errorPrefix.startsWith("sudo") ? 1 : 127);
        }
        if (!root) {
            return Io.fail("open /dev/vmbus/" + name.replace("_daemon", "").substring(3) + " failed; error: 13 Permission denied\n", 1);
        }
        String before = pids(g, name);
        g.startDaemon(name);
        sh.change(name, "pids", before, pids(g, name));
        return Io.ok("");
    }
}
