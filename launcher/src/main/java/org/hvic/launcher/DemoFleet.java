package org.hvic.launcher;

import java.nio.file.Path;
import java.util.Map;

/** The demo fleet simulator for the run (wired to hv-simulator once it exists). */
final class DemoFleet implements AutoCloseable {

    private DemoFleet() {
    }

    static DemoFleet start(Path dataDir) {
        return new DemoFleet();
    }

    int port() {
        return 0;
    }

    String description() {
        return "not started";
    }

    Map<String, String> environment() {
        return Map.of();
    }

    @Override
    public void close() {
    }
}
