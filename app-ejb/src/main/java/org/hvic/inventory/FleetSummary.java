package org.hvic.inventory;

/** Counts for the fleet at a glance. */
public record FleetSummary(long hosts, long reachableHosts, long unreachableHosts, long virtualMachines,
        long runningVirtualMachines) {
}
