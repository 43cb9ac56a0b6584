package org.hvic.connector;

import java.util.List;
import java.util.Objects;

/**
 * Talks to a Linux guest over SSH (POSIX sh): reports {@code hv_utils} and the Hyper-V daemons in one round trip,
 * stops a daemon ({@code pidof}, then {@code kill -15}) or starts it, through {@code sudo -n} unless the account is root.
 */
public class LinuxGuestConnector {

    private static final String CHECK = "echo '##hvic:lsmod'; lsmod; echo '##hvic:ps'; ps -ef; "
            + "echo '##hvic:compgen'; bash -c 'compgen -c hv_'";
    private static final String SUDO = "sudo -n ";

    private final RemoteExecutor executor;

    public LinuxGuestConnector(RemoteExecutor executor) {
        this.executor = Objects.requireNonNull(executor);
    }

    /** {@code hv_utils}, the loaded modules and each known daemon (installed, running, PIDs), in one round trip. */
    public LinuxGuestState check(GuestEndpoint guest) throws ConnectorException {
        ExecResult result = executor.execute(guest, CHECK);
        if (!result.stdout().contains(Sections.MARKER + LinuxOutputParser.COMPGEN)) {
            CommandFailedException.requireSuccess(SshExecutor.describe(guest), result);
        }
        return RemoteCommands.parse(guest, result, LinuxOutputParser::guestState);
    }

    /** Sends SIGTERM to every process of the daemon and returns the state read back (unchanged if none ran). */
    public LinuxGuestState stopDaemon(GuestEndpoint guest, LinuxDaemon daemon) throws ConnectorException {
        ExecResult pidof = executor.execute(guest, "pidof " + ShellQuoting.word(daemon.daemonName()));
        List<String> pids = RemoteCommands.parse(guest, pidof, LinuxOutputParser::pids);
        if (!pids.isEmpty()) {
            StringBuilder kill = new StringBuilder(privileged(guest)).append("kill -15");
            pids.forEach(pid -> kill.append(' ').append(ShellQuoting.word(pid)));
            RemoteCommands.run(executor, guest, kill.toString());
        } else if (pidof.exitCode() > 1) {
            CommandFailedException.requireSuccess(SshExecutor.describe(guest), pidof);
        }
        return check(guest);
    }

    /** Starts the daemon (it forks into the background) and returns the state read back. */
    public LinuxGuestState startDaemon(GuestEndpoint guest, LinuxDaemon daemon) throws ConnectorException {
        RemoteCommands.run(executor, guest, privileged(guest) + ShellQuoting.word(daemon.daemonName()));
        return check(guest);
    }

    /** The host key the guest presents, for an administrator to approve. */
    public PresentedHostKey presentedHostKey(String address, int port) throws ConnectorException {
        return executor.presentedHostKey(address, port);
    }

    private static String privileged(GuestEndpoint guest) {
        return guest.isRoot() ? "" : SUDO;
    }
}
