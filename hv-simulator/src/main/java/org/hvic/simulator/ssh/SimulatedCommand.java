package org.hvic.simulator.ssh;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import org.hvic.simulator.exec.CommandResult;
import org.hvic.simulator.exec.FleetExecutor;

/** One SSH exec request: runs on a worker thread against the machine the session's local address belongs to. */
final class SimulatedCommand implements Command {
    private final String commandLine;
    private final FleetExecutor executor;
    private final ExecutorService workers;
    private OutputStream out;
    private OutputStream err;
    private ExitCallback exit;

    SimulatedCommand(String commandLine, FleetExecutor executor, ExecutorService workers) {
        this.commandLine = commandLine;
        this.executor = executor;
        this.workers = workers;
    }

    @Override
    public void setInputStream(InputStream in) {
    }

    @Override
    public void setOutputStream(OutputStream out) {
        this.out = out;
    }

    @Override
    public void setErrorStream(OutputStream err) {
        this.err = err;
    }

    @Override
    public void setExitCallback(ExitCallback callback) {
        this.exit = callback;
    }

    @Override
    public void start(ChannelSession channel, Environment env) {
        String address = HostKeys.localAddress(channel.getSession());
        String user = channel.getSession().getUsername();
        boolean tty = env.getPtyModes() != null && !env.getPtyModes().isEmpty();
        workers.submit(() -> {
            int code = 1;
            try {
                CommandResult r = executor.execute(address, user, commandLine, tty);
                write(out, r.stdout());
                write(err, r.stderr());
                code = r.exitCode();
            } catch (RuntimeException | IOException e) {
                try {
                    write(err, "hv-simulator: internal error: " + e + "\n");
                } catch (IOException ignored) {
                    // the client went away
                }
            } finally {
                exit.onExit(code);
            }
        });
    }

    private static void write(OutputStream stream, String text) throws IOException {
        if (!text.isEmpty()) {
            stream.write(text.getBytes(StandardCharsets.UTF_8));
        }
        stream.flush();
    }

    @Override
    public void destroy(ChannelSession channel) {
    }
}
