package org.hvic.connector;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One VM of a host with its integration services, as read in one round trip. {@code guestOs} is the OS name the guest
 * reports through Key-Value Pair Exchange (its intrinsic item {@code OSName}), or null when the guest reported nothing
 * (VM not running, Data Exchange disabled on the host or not running in the guest).
 */
public record VmSnapshot(UUID vmId, String name, VmState state, int generation, String configVersion,
                         String icVersion, String icState, List<IntegrationServiceState> services,
                         List<String> ipAddresses, String guestOs) {

    public VmSnapshot {
        services = List.copyOf(services);
        ipAddresses = List.copyOf(ipAddresses);
    }

    public Optional<IntegrationServiceState> service(IntegrationServiceType type) {
        return services.stream().filter(service -> service.type() == type).findFirst();
    }
}
