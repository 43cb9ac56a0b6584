package org.hvic.connector;

import java.util.List;

/**
 * One integration service of one VM as the host reports it. {@code type} is null for a component GUID hvic does not
 * know; {@code displayName} is in the host's language and only for display.
 */
public record IntegrationServiceState(String guid, IntegrationServiceType type, String displayName, boolean enabled,
                                      List<Integer> operationalStatus, String primaryStatus, String secondaryStatus) {

    public IntegrationServiceState {
        operationalStatus = List.copyOf(operationalStatus);
    }
}
