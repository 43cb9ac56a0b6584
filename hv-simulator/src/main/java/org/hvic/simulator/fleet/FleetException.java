package org.hvic.simulator.fleet;

/** A fleet file that cannot be used; the message names the offending key. */
public final class FleetException extends IllegalArgumentException {
    public FleetException(String message) {
        super(message);
    }
}
