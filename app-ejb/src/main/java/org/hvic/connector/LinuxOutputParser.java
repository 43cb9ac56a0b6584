package org.hvic.connector;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads {@code lsmod}, {@code ps -ef}, {@code compgen -c hv_} and {@code pidof} output in the shapes of the seed. */
final class LinuxOutputParser {

    static final String LSMOD = "lsmod";
    static final String PS = "ps";
    static final String COMPGEN = "compgen";

    private LinuxOutputParser() {
    }

    static LinuxGuestState guestState(String stdout) {
        Map<String, String> sections = Sections.split(stdout);
        List<String> modules = modules(Sections.require(sections, LSMOD));
        List<String> commands = words(sections.getOrDefault(COMPGEN, ""));
        Map<String, List<Process>> processes = daemonProcesses(Sections.require(sections, PS));
        List<DaemonState> daemons = new ArrayList<>();
        for (LinuxDaemon daemon : LinuxDaemon.values()) {
            List<Process> running = processes.getOrDefault(daemon.daemonName(), List.of());
            daemons.add(new DaemonState(daemon.daemonName(),
                    !running.isEmpty() || commands.contains(daemon.daemonName()),
                    !running.isEmpty(),
                    running.stream().map(Process::pid).toList(),
                    running.stream().map(Process::path).filter(path -> path != null).findFirst().orElse(null)));
        }
        return new LinuxGuestState(modules.contains(IntegrationServiceType.LINUX_KERNEL_MODULE), modules, daemons);
    }

    /** Module names from {@code lsmod} output (the header line is skipped). */
    static List<String> modules(String lsmod) {
        List<String> modules = new ArrayList<>();
        for (String line : lsmod.split("\\R")) {
            String[] columns = line.strip().split("\\s+");
            if (columns.length >= 2 && !"Module".equals(columns[0]) && columns[1].matches("\\d+")) {
                modules.add(columns[0]);
            }
        }
        return modules;
    }

    /** The PIDs printed by {@code pidof}; validated, digits only. */
    static List<String> pids(String pidof) {
        return InputValidation.pids(words(pidof));
    }

    /** Processes of the known daemons from {@code ps -ef} output, by daemon name. */
    static Map<String, List<Process>> daemonProcesses(String ps) {
        Map<String, List<Process>> byDaemon = new LinkedHashMap<>();
        for (String line : ps.split("\\R")) {
            String[] columns = line.strip().split("\\s+", 8);
            if (columns.length < 8 || !columns[1].matches("\\d{1,9}")) {
                continue;
            }
            String executable = columns[7].split("\\s+")[0];
            String name = executable.substring(executable.lastIndexOf('/') + 1);
            if (LinuxDaemon.fromDaemonName(name).isPresent()) {
                byDaemon.computeIfAbsent(name, key -> new ArrayList<>())
                        .add(new Process(Integer.parseInt(columns[1]), executable.contains("/") ? executable : null));
            }
        }
        return byDaemon;
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : text.strip().split("\\s+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    record Process(int pid, String path) {
    }
}
