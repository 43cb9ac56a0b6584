package org.hvic.simulator.fleet;

import java.util.concurrent.atomic.AtomicInteger;

/** Faults injected for one simulated machine (from the fleet file's {@code faults} map). */
public final class Faults {
    private final boolean unreachable;
    private final boolean authFailure;
    private final boolean hostKeyChanged;
    private final int latencyMs;
    private final AtomicInteger failCommands;

    public Faults(boolean unreachable, boolean authFailure, boolean hostKeyChanged, int latencyMs, int failCommands) {
        this.unreachable = unreachable;
        this.authFailure = authFailure;
        this.hostKeyChanged = hostKeyChanged;
        this.latencyMs = latencyMs;
        this.failCommands = new AtomicInteger(failCommands);
    }

    public static Faults none() {
        return new Faults(false, false, false, 0, 0);
    }

    public boolean unreachable() { return unreachable; }
    public boolean authFailure() { return authFailure; }
    public boolean hostKeyChanged() { return hostKeyChanged; }
    public int latencyMs() { return latencyMs; }
    public int remainingFailCommands() { return Math.max(0, failCommands.get()); }

    /** Consumes one "fail the next N commands" credit; true when this command must fail. */
    public boolean takeFailure() {
        return failCommands.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0;
    }

    /** Sets the number of commands that fail from now on (tests use this to inject a failure at run time). */
    public void failNext(int n) {
        failCommands.set(n);
    }
}
