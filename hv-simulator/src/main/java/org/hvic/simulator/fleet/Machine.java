package org.hvic.simulator.fleet;

/** Something reached over SSH at its own loopback address: a Hyper-V host or a Linux guest. */
public interface Machine {
    String address();

    String user();

    boolean checkPassword(String given);

    Faults faults();
}
