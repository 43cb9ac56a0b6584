package org.hvic.inventory;

/**
 * What the VM list is filtered and sorted by; every field optional. {@code serviceStatus} is a {@link ServiceStatus}
 * name (a VM matches when any of its integration services has it); {@code finding} a compliance rule id open for the
 * VM in the latest fleet report; {@code sort} one of name, host, state, os, version.
 */
public record VmFilter(Long hostId, String name, String os, String state, String serviceStatus, String finding,
        String sort, boolean descending) {

    public static final VmFilter NONE = new VmFilter(null, null, null, null, null, null, null, false);
}
