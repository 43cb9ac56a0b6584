package org.hvic.simulator.fleet;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** A Linux guest reached over SSH at its own loopback address: modules, daemons and a process table. */
public final class LinuxGuest implements Machine {
    /** The integration daemons a Linux guest can have. */
    public static final List<String> KNOWN_DAEMONS =
            List.of("hv_kvp_daemon", "hv_vss_daemon", "hv_fcopy_daemon", "hv_fcopy_uio_daemon");

    /** How the guest account may use sudo. */
    public enum Sudo { NOPASSWD, PASSWORD, NONE }

    private final String address;
    private final String user;
    private final String password;
    private final Sudo sudo;
    private final String hostname;
    private final String kernel;
    private final List<String> modules;
    private final Faults faults;
    private final Map<String, String> installedDaemons = new LinkedHashMap<>();
    private final List<LinuxProcess> processes = new ArrayList<>();
    private int nextPid;

    /** {@code kernel}: the kernel release ({@code uname -r}), or null when the fleet file does not give it. */
    public LinuxGuest(String address, String user, String password, Sudo sudo, String hostname, String kernel,
                      List<String> modules, Faults faults) {
        this.address = address;
        this.user = user;
        this.password = password;
        this.sudo = sudo;
        this.hostname = hostname;
        this.kernel = kernel;
        this.modules = List.copyOf(modules);
        this.faults = faults;
        this.nextPid = 43755;
    }

    @Override public String address() { return address; }
    @Override public String user() { return user; }
    @Override public boolean checkPassword(String given) { return password.equals(given); }
    @Override public Faults faults() { return faults; }
    public Sudo sudo() { return sudo; }
    public String hostname() { return hostname; }
    /** The kernel release, or null when unknown. */
    public String kernel() { return kernel; }
    public List<String> modules() { return modules; }

    public boolean moduleLoaded(String module) {
        return modules.contains(module);
    }

    /** Registers an installed daemon binary (path is where it lives, e.g. /usr/sbin/hv_kvp_daemon). */
    public synchronized void install(String daemon, String path) {
        installedDaemons.put(daemon, path);
    }

    public synchronized Optional<String> daemonPath(String daemon) {
        return Optional.ofNullable(installedDaemons.get(daemon));
    }

    public synchronized List<String> installedDaemons() {
        return List.copyOf(installedDaemons.keySet());
    }

    public synchronized void addProcess(LinuxProcess p) {
        processes.add(p);
        nextPid = Math.max(nextPid, p.pid() + 1);
    }

    public synchronized List<LinuxProcess> processes() {
        return List.copyOf(processes);
    }

    public synchronized Optional<LinuxProcess> process(int pid) {
        return processes.stream().filter(p -> p.pid() == pid).findFirst();
    }

    public synchronized boolean removeProcess(int pid) {
        return processes.removeIf(p -> p.pid() == pid);
    }

    /** PIDs of the processes running a program, newest first (as pidof prints them). */
    public synchronized List<Integer> pidsOf(String program) {
        List<Integer> pids = new ArrayList<>();
        for (LinuxProcess p : processes) {
            if (p.programName().equals(program)) {
                pids.add(0, p.pid());
            }
        }
        return pids;
    }

    /** "running", "installed" (binary present, not running) or "absent". */
    public synchronized String daemonState(String daemon) {
        if (!pidsOf(daemon).isEmpty()) {
            return "running";
        }
        return installedDaemons.containsKey(daemon) ? "installed" : "absent";
    }

    public synchronized int allocatePid() {
        return nextPid++;
    }

    /** Starts a daemon as root: it forks into the background and gets a new PID. */
    public synchronized LinuxProcess startDaemon(String daemon) {
        String path = installedDaemons.get(daemon);
        String now = LocalDateTime.now().format(DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT));
        LinuxProcess p = new LinuxProcess(allocatePid(), 1, "root", now, "?", "00:00:00", path);
        processes.add(p);
        return p;
    }
}
