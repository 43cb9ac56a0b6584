package org.hvic.inventory;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.hvic.connector.IntegrationServiceState;

/** Column arrays of host-side service rows, for one set-based upsert (PostgreSQL {@code unnest}). */
final class ServiceRows {

    private final List<Long> vmIds = new ArrayList<>();
    private final List<String> guids = new ArrayList<>();
    private final List<String> names = new ArrayList<>();
    private final List<Boolean> enabled = new ArrayList<>();
    private final List<String> statuses = new ArrayList<>();
    private final List<Integer> codes = new ArrayList<>();
    private final List<String> primary = new ArrayList<>();
    private final List<String> secondary = new ArrayList<>();

    void add(long vmId, String guid, IntegrationServiceState s) {
        vmIds.add(vmId);
        guids.add(guid);
        names.add(s.displayName());
        enabled.add(s.enabled());
        statuses.add(s.operationalStatus().stream().map(String::valueOf).collect(Collectors.joining(",")));
        codes.add(s.operationalStatus().isEmpty() ? null : s.operationalStatus().get(0));
        primary.add(s.primaryStatus());
        secondary.add(s.secondaryStatus());
    }

    boolean isEmpty() {
        return vmIds.isEmpty();
    }

    Long[] vmIds() {
        return vmIds.toArray(new Long[0]);
    }

    String[] guids() {
        return guids.toArray(new String[0]);
    }

    String[] names() {
        return names.toArray(new String[0]);
    }

    Boolean[] enabled() {
        return enabled.toArray(new Boolean[0]);
    }

    String[] statuses() {
        return statuses.toArray(new String[0]);
    }

    Integer[] codes() {
        return codes.toArray(new Integer[0]);
    }

    String[] primary() {
        return primary.toArray(new String[0]);
    }

    String[] secondary() {
        return secondary.toArray(new String[0]);
    }
}
