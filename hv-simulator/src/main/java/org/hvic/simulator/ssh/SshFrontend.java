package org.hvic.simulator.ssh;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.sshd.server.SshServer;
import org.hvic.simulator.exec.FleetExecutor;
import org.hvic.simulator.fleet.Fleet;
import org.hvic.simulator.fleet.Machine;

/**
 * One MINA SSH server bound to every reachable address of the fleet on the same port; a session's local address
 * selects the simulated machine (host keys, password check, commands).
 */
public final class SshFrontend implements AutoCloseable {
    private final SshServer server;
    private final ExecutorService workers;

    public SshFrontend(Fleet fleet, FleetExecutor executor, Path keyDir, int port) {
        List<String> addresses = fleet.reachableAddresses();
        if (addresses.isEmpty()) {
            throw new IllegalArgumentException("every machine of the fleet is unreachable: nothing to listen on");
        }
        workers = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "hv-simulator-command");
            t.setDaemon(true);
            return t;
        });
        server = SshServer.setUpDefaultServer();
        server.setHost(String.join(",", addresses));
        server.setPort(port == 0 ? freePort(addresses.get(0)) : port);
        server.setKeyPairProvider(new HostKeys(keyDir,
                a -> fleet.machine(a).map(m -> m.faults().hostKeyChanged()).orElse(false)));
        server.setPasswordAuthenticator((user, password, session) -> {
            Machine m = fleet.machine(HostKeys.localAddress(session)).orElse(null);
            return m != null && !m.faults().authFailure() && m.user().equals(user) && m.checkPassword(password);
        });
        server.setCommandFactory((channel, command) -> new SimulatedCommand(command, executor, workers));
    }

    public int start() {
        try {
            server.start();
        } catch (IOException e) {
            workers.shutdownNow();
            throw new UncheckedIOException("cannot listen on port " + server.getPort() + ": " + e.getMessage(), e);
        }
        return server.getPort();
    }

    private static int freePort(String address) {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName(address))) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot find a free port on " + address, e);
        }
    }

    @Override
    public void close() {
        try {
            server.stop(true);
        } catch (IOException e) {
            // closing anyway
        }
        workers.shutdownNow();
    }
}
