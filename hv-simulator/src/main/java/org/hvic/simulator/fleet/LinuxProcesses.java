package org.hvic.simulator.fleet;

import java.util.List;

/** The initial process table of a Linux guest: init, kernel threads (hv_vmbus ones as in the seed) and daemons. */
final class LinuxProcesses {
    private LinuxProcesses() {
    }

    static void addSystemProcesses(LinuxGuest guest, String booted) {
        guest.addProcess(kernel(1, 0, booted, "/sbin/init"));
        guest.addProcess(kernel(2, 0, booted, "[kthreadd]"));
        if (guest.moduleLoaded("hv_vmbus")) {
            guest.addProcess(kernel(236, 2, booted, "[hv_vmbus_con]"));
            guest.addProcess(kernel(237, 2, booted, "[hv_vmbus_ctl]"));
            for (int pid = 238; pid < 252; pid++) {
                guest.addProcess(kernel(pid, 2, booted, pid % 2 == 0 ? "[scsi_eh_" + (pid - 238) / 2 + "]"
                        : "[scsi_tmf_" + (pid - 239) / 2 + "]"));
            }
            guest.addProcess(kernel(252, 2, booted, "[hv_vmbus_ctl]"));
        }
        guest.addProcess(kernel(912, 1, booted, "/usr/sbin/sshd -D"));
    }

    private static LinuxProcess kernel(int pid, int ppid, String booted, String command) {
        return new LinuxProcess(pid, ppid, "root", booted, "?", "00:00:00", command);
    }

    /** Adds running daemon processes: from "PID STIME TIME" specs, or one process with a fresh PID. */
    static void addDaemonProcesses(LinuxGuest guest, String path, List<String> specs, YamlNode node) {
        if (specs.isEmpty()) {
            guest.addProcess(new LinuxProcess(1200 + guest.processes().size(), 1, "root", "Jul11", "?", "00:00:01", path));
            return;
        }
        for (String spec : specs) {
            String[] parts = spec.trim().split("\\s+");
            if (parts.length != 3 || !parts[0].matches("\\d+")) {
                throw node.error("a process is written as \"PID STIME TIME\" (e.g. \"1286 Jul11 00:01:11\") but was '" + spec + "'");
            }
            guest.addProcess(new LinuxProcess(Integer.parseInt(parts[0]), 1, "root", parts[1], "?", parts[2], path));
        }
    }
}
