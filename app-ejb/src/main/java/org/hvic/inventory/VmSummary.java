package org.hvic.inventory;

import java.util.UUID;

/** One line of the VM list. */
public record VmSummary(long id, UUID vmId, String name, long hostId, String hostName, String state, String guestOs,
        String guestKind, String integrationServicesVersion, String integrationServicesState, boolean gone) {
}
