package org.hvic.inventory;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One VM with its host-side integration services and its guest side. */
public record VmDetail(long id, UUID vmId, String name, long hostId, String hostName, String hostOs, String state,
        Integer generation, String configVersion, String guestOs, String guestKind, String integrationServicesVersion,
        String integrationServicesState, String guestAddress, Instant refreshedAt, Instant guestCheckedAt,
        String guestError, boolean gone, List<IntegrationServiceView> integrationServices, GuestView guest) {

    /** A host-side integration service; {@code name} is the display name the host reported (its language). */
    public record IntegrationServiceView(String guid, String name, String canonicalName, boolean enabled,
            String primaryStatus, String secondaryStatus, Integer primaryStatusCode, String operationalStatus) {
    }

    /** Windows guests fill {@code services}; Linux guests {@code hvUtilsLoaded} and {@code daemons}. */
    public record GuestView(String kind, List<GuestServiceView> services, Boolean hvUtilsLoaded,
            List<DaemonView> daemons) {
    }

    public record GuestServiceView(String name, String displayName, String status, String startType) {
    }

    public record DaemonView(String name, boolean installed, boolean running, Integer pid, String pids) {
    }
}
