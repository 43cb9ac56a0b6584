package org.hvic.simulator.shell;

import java.util.List;
import org.hvic.simulator.fleet.LinuxGuest;
import org.hvic.simulator.shell.ShInterpreter.Io;

/** sudo [-n] [-u root] [-E] [-H] command...: runs the command as root if the account may. */
final class Sudo {
    private Sudo() {
    }

    static Io run(ShInterpreter sh, List<String> args, String stdin, boolean root) {
        boolean nonInteractive = false;
        int i = 0;
        while (i < args.size() && args.get(i).startsWith("-")) {
            String opt = args.get(i);
            if (opt.equals("-n")) {
                nonInteractive = true;
            } else if (opt.equals("-u")) {
                i++;
            } else if (opt.equals("--")) {
                i++;
                break;
            }
            i++;
        }
        if (i >= args.size()) {
            return Io.fail("usage: sudo -h | -K | -k | -V\n", 1);
        }
        if (!root) {
            Io denied = check(sh, nonInteractive);
            if (denied != null) {
                return denied;
            }
        }
        List<String> command = args.subList(i, args.size());
        String name = command.get(0);
        List<String> rest = command.subList(1, command.size());
        return switch (name) {
            case "kill", "/bin/kill", "/usr/bin/kill" -> Daemons.kill(sh, rest, true, true);
            case "bash", "sh", "/bin/bash", "/bin/sh" -> LinuxCommands.run(sh, command.stream()
                    .map(c -> c.substring(c.lastIndexOf('/') + 1)).toList(), stdin, true);
            default -> LinuxCommands.BUILTINS.contains(name) && !name.equals("sudo")
                    ? LinuxCommands.run(sh, command, stdin, true)
                    : Daemons.start(sh, name, true, "sudo: ");
        };
    }

    private static Io check(ShInterpreter sh, boolean nonInteractive) {
        LinuxGuest.Sudo mode = sh.guest().sudo();
        return switch (mode) {
            case NOPASSWD -> null;
            case NONE -> Io.fail(sh.user() + " is not in the sudoers file.  This incident will be reported.\n", 1);
            case PASSWORD -> nonInteractive ? Io.fail("sudo: a password is required\n", 1)
                    : Io.fail("sudo: a terminal is required to read the password; either use the -S option to read from "
                    + "standard input or configure an askpass helper\nsudo: a password is required\n", 1);
        };
    }
}
