package org.hvic.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.hvic.simulator.exec.CommandResult;
import org.hvic.simulator.exec.FleetExecutor;
import org.hvic.simulator.fleet.Fleet;
import org.hvic.simulator.fleet.GuestService;
import org.hvic.simulator.fleet.IntegrationComponent;
import org.hvic.simulator.fleet.LinuxGuest;
import org.hvic.simulator.fleet.Vm;
import org.hvic.simulator.journal.Journal;
import org.hvic.simulator.ssh.SshFrontend;

/**
 * A running simulated fleet: embed it in tests with {@code FleetSimulator.start(Fleet.demo(), 0, null)} and connect to
 * {@code <host address>:port()} over SSH.
 */
public final class FleetSimulator implements AutoCloseable {
    private final Fleet fleet;
    private final Journal journal;
    private final FleetExecutor executor;
    private final SshFrontend frontend;
    private final int port;

    private FleetSimulator(Fleet fleet, int port, Path journalFile, Path keyDir) {
        this.fleet = fleet;
        this.journal = new Journal(journalFile);
        this.executor = new FleetExecutor(fleet, journal);
        this.frontend = new SshFrontend(fleet, executor, keyDir, port);
        this.port = frontend.start();
    }

    /** Starts a fleet on a port (0 = random) with host keys in a temporary directory; journal may be null. */
    public static FleetSimulator start(Fleet fleet, int port, Path journal) {
        try {
            return start(fleet, port, journal, Files.createTempDirectory("hv-simulator-keys"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static FleetSimulator start(Fleet fleet, int port, Path journal, Path keyDir) {
        return new FleetSimulator(fleet, port, journal, keyDir);
    }

    public static FleetSimulator start(Path fleetFile, int port, Path journal) {
        return start(Fleet.load(fleetFile), port, journal);
    }

    public int port() { return port; }
    public Fleet fleet() { return fleet; }
    public Journal journal() { return journal; }

    /** Runs a command in-process as if it arrived over SSH at {@code address} (journaled like one). */
    public CommandResult execute(String address, String user, String commandLine) {
        return executor.execute(address, user, commandLine, false);
    }

    /** The VM with this id, anywhere in the fleet. */
    public Optional<Vm> vm(String id) {
        return fleet.vm(id);
    }

    /** Whether a VM's host-side integration service (English name or GUID) is enabled. */
    public boolean integrationServiceEnabled(String vmId, String service) {
        IntegrationComponent c = IntegrationComponent.byEnglishName(service)
                .or(() -> IntegrationComponent.byGuid(service)).orElseThrow(() -> new IllegalArgumentException(service));
        return requireVm(vmId).enabled(c);
    }

    /** A Windows guest service's status (Running / Stopped), or empty when the guest has no such service. */
    public Optional<String> guestServiceStatus(String vmId, String service) {
        Vm vm = requireVm(vmId);
        return vm.windowsGuest() == null ? Optional.empty()
                : vm.windowsGuest().service(service).map(GuestService::status).map(GuestService.Status::label);
    }

    /** PIDs of a daemon on the Linux guest at an address, newest first (empty: not running). */
    public List<Integer> daemonPids(String guestAddress, String daemon) {
        return linux(guestAddress).pidsOf(daemon);
    }

    /** "running", "installed" or "absent". */
    public String daemonState(String guestAddress, String daemon) {
        return linux(guestAddress).daemonState(daemon);
    }

    private LinuxGuest linux(String address) {
        return fleet.linuxGuest(address).orElseThrow(() -> new IllegalArgumentException("no Linux guest at " + address));
    }

    private Vm requireVm(String id) {
        return fleet.vm(id).orElseThrow(() -> new IllegalArgumentException("no VM with id " + id));
    }

    @Override
    public void close() {
        frontend.close();
        journal.close();
    }
}
