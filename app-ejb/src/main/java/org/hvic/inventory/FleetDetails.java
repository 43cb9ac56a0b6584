package org.hvic.inventory;

import java.util.Map;

/**
 * The fleet's VMs by state and its host-side integration services by status: {@code OK}, {@code NO_CONTACT},
 * {@code LOST_COMMUNICATION}, {@code DISABLED} (switched off on the host) and {@code OTHER}.
 */
public record FleetDetails(Map<String, Long> vmsByState, Map<String, Long> servicesByStatus) {

    public long services(String status) {
        return servicesByStatus.getOrDefault(status, 0L);
    }
}
