package org.hvic.it.support;

import java.nio.file.Path;

import org.hvic.simulator.FleetSimulator;
import org.hvic.simulator.fleet.Fleet;
import org.hvic.simulator.journal.Journal;

/**
 * The simulated demo fleet for the whole test run, on the port failsafe reserved. Its journal shows every command
 * hvic sent; the run ends with a check that none was rejected.
 */
public final class TestFleet {

    private static FleetSimulator simulator;

    private TestFleet() {
    }

    static synchronized void start(Path work) {
        if (simulator == null) {
            int port = Integer.parseInt(System.getProperty("hvic.it.simulator.port", "0"));
            simulator = FleetSimulator.start(Fleet.demo(), port, work.resolve("simulator-journal.jsonl"),
                    work.resolve("simulator-keys"));
            System.out.println("[hvic-it] demo fleet simulator on port " + simulator.port());
        }
    }

    static synchronized void stop() {
        if (simulator != null) {
            System.out.println("[hvic-it] simulator journal: " + simulator.journal().size() + " commands, "
                    + simulator.journal().rejectedCount() + " rejected");
            simulator.close();
            simulator = null;
        }
    }

    public static FleetSimulator simulator() {
        if (simulator == null) {
            throw new IllegalStateException("the test fleet is not running (not a failsafe run?)");
        }
        return simulator;
    }

    public static Journal journal() {
        return simulator().journal();
    }
}
