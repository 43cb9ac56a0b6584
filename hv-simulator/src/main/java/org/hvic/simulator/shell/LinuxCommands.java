package org.hvic.simulator.shell;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hvic.simulator.fleet.LinuxGuest;
import org.hvic.simulator.fleet.LinuxProcess;
import org.hvic.simulator.shell.ShInterpreter.Io;

/** The commands a simulated Linux guest knows (output shaped like the seed's samples). */
final class LinuxCommands {
    private static final Map<String, Integer> MODULE_SIZES = Map.of("hv_utils", 20480, "hv_vmbus", 61440,
            "hv_balloon", 20480, "hyperv_keyboard", 16384, "hv_netvsc", 53248, "hid_hyperv", 16384, "hyperv_fb", 20480,
            "hv_storvsc", 20480);
    private static final List<String> VMBUS_USERS = List.of("hv_balloon", "hyperv_keyboard", "hv_netvsc", "hid_hyperv",
            "hv_utils", "hyperv_fb", "hv_storvsc");
    private static final List<String> COMPGEN_ORDER = List.of("hv_vss_daemon", "hv_get_dhcp_info", "hv_get_dns_info",
            "hv_set_ifconfig", "hv_kvp_daemon", "hv_fcopy_daemon", "hv_fcopy_uio_daemon");
    static final List<String> BUILTINS = List.of("echo", "lsmod", "ps", "grep", "pidof", "kill", "sudo", "bash", "sh",
            "compgen", "true", "false", "whoami", "id", "uname", "hostname", "exit");

    private LinuxCommands() {
    }

    static String now() {
        return LocalTime.now().format(DateTimeFormatter.ofPattern("HH:mm"));
    }

    static Io run(ShInterpreter sh, List<String> argv, String stdin, boolean root) {
        String cmd = argv.get(0);
        List<String> args = argv.subList(1, argv.size());
        return switch (cmd) {
            case "echo" -> echo(args);
            case "lsmod" -> Io.ok(lsmod(sh.guest()));
            case "ps" -> Io.ok(ps(sh));
            case "grep" -> Grep.run(args, stdin);
            case "pidof" -> pidof(sh.guest(), args);
            case "kill" -> Daemons.kill(sh, args, root, false);
            case "sudo" -> Sudo.run(sh, args, stdin, root);
            case "bash", "sh" -> shell(sh, cmd, args, stdin, root);
            case "compgen" -> compgen(sh.guest(), args);
            case "true", "exit" -> new Io("", "", args.isEmpty() ? 0 : Integer.parseInt(args.get(0).replaceAll("\\D", "0")));
            case "false" -> new Io("", "", 1);
            case "whoami" -> Io.ok((root ? "root" : sh.user()) + "\n");
            case "id" -> Io.ok(root ? "uid=0(root) gid=0(root) groups=0(root)\n"
                    : "uid=1000(" + sh.user() + ") gid=1000(" + sh.user() + ") groups=1000(" + sh.user() + ")\n");
            case "uname" -> Io.ok(args.contains("-r") ? "5.15.0-91-generic\n" : "Linux\n");
            case "hostname" -> Io.ok(sh.guest().hostname() + "\n");
            default -> Daemons.start(sh, cmd, root, "bash: ");
        };
    }

    private static Io echo(List<String> args) {
        boolean newline = true;
        List<String> words = new ArrayList<>(args);
        while (!words.isEmpty() && words.get(0).matches("-[neE]+")) {
            newline &= !words.remove(0).contains("n");
        }
        return Io.ok(String.join(" ", words) + (newline ? "\n" : ""));
    }

    static String lsmod(LinuxGuest guest) {
        StringBuilder b = new StringBuilder(String.format("%-19s %8s   %s%n", "Module", "Size", "Used by"));
        for (String m : guest.modules()) {
            List<String> users = m.equals("hv_vmbus")
                    ? VMBUS_USERS.stream().filter(guest::moduleLoaded).toList() : List.of();
            int refs = users.isEmpty() ? 0 : users.size() + 1;
            b.append(String.format("%-19s %8d   %d%s%n", m, MODULE_SIZES.getOrDefault(m, 16384), refs,
                    users.isEmpty() ? "" : " " + String.join(",", users)));
        }
        return b.toString();
    }

    private static String ps(ShInterpreter sh) {
        List<LinuxProcess> all = new ArrayList<>(sh.guest().processes());
        all.addAll(sh.running());
        all.sort(Comparator.comparingInt(LinuxProcess::pid));
        StringBuilder b = new StringBuilder("UID        PID  PPID  C STIME TTY          TIME CMD\n");
        for (LinuxProcess p : all) {
            b.append(String.format("%-8s %5d %5d %2d %5s %-8s %8s %s%n", p.user(), p.pid(), p.ppid(), 0, p.startTime(),
                    p.tty(), p.cpuTime(), p.command()));
        }
        return b.toString();
    }

    private static Io pidof(LinuxGuest guest, List<String> args) {
        List<Integer> pids = new ArrayList<>();
        args.stream().filter(a -> !a.startsWith("-")).forEach(a -> pids.addAll(guest.pidsOf(a)));
        if (pids.isEmpty()) {
            return new Io("", "", 1);
        }
        return Io.ok(pids.stream().map(String::valueOf).collect(Collectors.joining(" ")) + "\n");
    }

    private static Io shell(ShInterpreter sh, String name, List<String> args, String stdin, boolean root) {
        if (args.size() >= 2 && args.get(0).equals("-c")) {
            return sh.runScript(args.get(1), stdin, root, name);
        }
        if (args.isEmpty()) {
            return sh.runScript(stdin, "", root, name);
        }
        return Io.fail(name + ": " + args.get(0) + ": No such file or directory\n", 127);
    }

    private static Io compgen(LinuxGuest guest, List<String> args) {
        if (args.size() != 2 || !args.get(0).equals("-c")) {
            return Io.fail("bash: compgen: usage: compgen [-abcdefgjksuv] [-o option] [-A action] [-G globpat] "
                    + "[-W wordlist] [-F function] [-C command] [-X filterpat] [-P prefix] [-S suffix] [word]\n", 2);
        }
        String prefix = args.get(1);
        List<String> installed = guest.installedDaemons();
        List<String> names = new ArrayList<>();
        for (String c : COMPGEN_ORDER) {
            boolean present = installed.contains(c) || (c.startsWith("hv_get") || c.startsWith("hv_set"))
                    && installed.contains("hv_kvp_daemon");
            if (present && c.startsWith(prefix)) {
                names.add(c);
            }
        }
        BUILTINS.stream().filter(c -> c.startsWith(prefix)).forEach(names::add);
        return names.isEmpty() ? new Io("", "", 1) : Io.ok(String.join("\n", names) + "\n");
    }
}
