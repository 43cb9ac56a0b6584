package org.hvic.compliance.remediation;

import java.util.List;

import org.hvic.operations.OperationType;

/** One operation request the remediation will queue: a type and service for a list of VMs. */
public record PlannedRequest(OperationType type, List<Long> vmIds, String service) {

    public PlannedRequest {
        vmIds = List.copyOf(vmIds);
    }
}
