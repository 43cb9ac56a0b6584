package org.hvic.connector;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.hvic.simulator.exec.CommandResult;
import org.hvic.simulator.exec.FleetExecutor;
import org.hvic.simulator.fleet.Fleet;
import org.hvic.simulator.journal.Journal;

/** The simulator's command executor without SSH: runs the connectors' exact commands on a simulated fleet. */
final class InProcessFleet implements RemoteExecutor {

    static final String EN_HOST = "127.0.41.1";
    static final String DE_HOST = "127.0.41.2";
    static final String UNREACHABLE_HOST = "127.0.41.3";
    static final String AUTH_FAILURE_HOST = "127.0.41.4";
    static final String SLOW_HOST = "127.0.41.5";
    static final String FAILING_HOST = "127.0.41.6";
    static final String REKEYED_HOST = "127.0.41.7";
    static final String LINUX_ROOT_GUEST = "127.0.42.1";
    static final String LINUX_SUDO_GUEST = "127.0.42.2";
    static final String HOST_PASSWORD = "secret'pw";

    private final Journal journal = new Journal(null);
    private final FleetExecutor executor;

    InProcessFleet(Fleet fleet) {
        this.executor = new FleetExecutor(fleet, journal);
    }

    /** The connectors' test fleet (test resource connector/test-fleet.yaml). */
    static Fleet testFleet() {
        return Fleet.parse(testFleetYaml());
    }

    static String testFleetYaml() {
        try (InputStream in = InProcessFleet.class.getResourceAsStream("/connector/test-fleet.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Journal journal() {
        return journal;
    }

    @Override
    public ExecResult execute(SshTarget target, String command) {
        CommandResult result = executor.execute(target.address(), target.username(), command, false);
        return new ExecResult(result.exitCode(), result.stdout(), result.stderr());
    }

    @Override
    public PresentedHostKey presentedHostKey(String address, int port) {
        throw new UnsupportedOperationException("no SSH in process");
    }
}
