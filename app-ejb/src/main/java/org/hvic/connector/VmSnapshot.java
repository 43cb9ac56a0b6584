package org.hvic.connector;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** One VM of a host with its integration services, as read in one round trip. */
public record VmSnapshot(UUID vmId, String name, VmState state, int generation, String configVersion,
                         String icVersion, String icState, List<IntegrationServiceState> services,
                         List<String> ipAddresses) {

    public VmSnapshot {
        services = List.copyOf(services);
        ipAddresses = List.copyOf(ipAddresses);
    }

    public Optional<IntegrationServiceState> service(IntegrationServiceType type) {
        return services.stream().filter(service -> service.type() == type).findFirst();
    }
}
