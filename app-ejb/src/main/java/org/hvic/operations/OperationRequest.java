package org.hvic.operations;

import java.util.List;

/**
 * A request to act on one or many VMs. {@code service} names what to act on: a component GUID or its English (or
 * German) name for integration services; a {@code vmic*} name (or the component) for Windows guest services; a daemon
 * name (or the component) for Linux daemons. Not needed for refreshes.
 */
public record OperationRequest(String type, List<Long> vmIds, String service) {

    public static OperationRequest of(OperationType type, List<Long> vmIds, String service) {
        return new OperationRequest(type.name(), vmIds, service);
    }
}
