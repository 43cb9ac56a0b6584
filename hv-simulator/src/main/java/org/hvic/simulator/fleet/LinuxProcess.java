package org.hvic.simulator.fleet;

/** One line of a simulated Linux guest's process table ({@code ps -ef}). */
public record LinuxProcess(int pid, int ppid, String user, String startTime, String tty, String cpuTime, String command) {

    /** The program name: last path element of the first word, brackets of kernel threads kept. */
    public String programName() {
        String first = command.split(" ", 2)[0];
        int slash = first.lastIndexOf('/');
        return slash >= 0 ? first.substring(slash + 1) : first;
    }
}
