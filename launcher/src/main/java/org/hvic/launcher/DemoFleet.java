package org.hvic.launcher;

import java.nio.file.Path;

import org.hvic.simulator.FleetSimulator;
import org.hvic.simulator.fleet.Fleet;

/** The built-in demo fleet, simulated in-process, with its journal and host keys under {@code .hvic/}. */
final class DemoFleet implements AutoCloseable {

    private final FleetSimulator simulator;
    private final Fleet fleet;

    private DemoFleet(FleetSimulator simulator, Fleet fleet) {
        this.simulator = simulator;
        this.fleet = fleet;
    }

    static DemoFleet start(Path dataDir) {
        int port = Integer.parseInt(System.getenv().getOrDefault("HVIC_SIMULATOR_PORT", "2222"));
        Fleet fleet = Fleet.demo();
        FleetSimulator simulator = FleetSimulator.start(fleet, port, dataDir.resolve("simulator-journal.jsonl"),
                dataDir.resolve("simulator-keys"));
        return new DemoFleet(simulator, fleet);
    }

    int port() {
        return simulator.port();
    }

    Fleet fleet() {
        return fleet;
    }

    String description() {
        return fleet.hosts().size() + " hosts, " + fleet.vmCount() + " VMs on port " + port()
                + " (journal: .hvic/simulator-journal.jsonl)";
    }

    @Override
    public void close() {
        HvicLauncher.log("stopping the demo fleet simulator");
        simulator.close();
    }

    @Override
    public String toString() {
        return "demo fleet simulator";
    }
}
