package org.hvic.operations;

import java.util.UUID;

import org.hvic.connector.GuestCredentials;
import org.hvic.connector.GuestEndpoint;
import org.hvic.connector.HostEndpoint;

/**
 * Everything a worker needs to carry out one attempt, read (and decrypted) in a short transaction before any host
 * is called. {@code guest} and {@code guestCredentials} are null where they do not apply or are not configured.
 */
public record ExecutionTarget(long hostId, String hostName, HostEndpoint host, Long vmId, UUID hyperVId, String vmName,
        String guestKind, GuestCredentials guestCredentials, GuestEndpoint guest) {

    @Override
    public String toString() {
        return "ExecutionTarget[" + hostName + ", vm=" + vmName + "]";
    }
}
