package org.hvic.compliance.rules;

import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.hvic.inventory.GuestKind;

/**
 * Everything the rules need to know about one VM, built in memory from a few set-based queries. The maps are filled by
 * the loader before the rules run and are not changed afterwards.
 */
public record VmFacts(long vmId, String vmName, long hostId, String hostName, String hostOs, Boolean hostReachable,
        String state, String guestOs, GuestKind guestKind, String icState, Instant refreshedAt, Instant guestCheckedAt,
        String guestError, Map<String, HostService> services, Map<String, GuestService> guestServices,
        Map<String, Daemon> daemons, Boolean hvUtilsLoaded, String configVersion) {

    /** A component as the host reports it (vm_integration_service), keyed by upper-case GUID. */
    public record HostService(String guid, boolean enabled, Set<Integer> statusCodes, String primaryStatus,
            String secondaryStatus) {

        public boolean hasStatus(int code) {
            return statusCodes.contains(code);
        }
    }

    /** A vmic* service in a Windows guest (vm_guest_service). */
    public record GuestService(String name, String status, String startType) {

        public boolean running() {
            return "Running".equalsIgnoreCase(status);
        }

        public boolean startDisabled() {
            return "Disabled".equalsIgnoreCase(startType);
        }
    }

    /** A Linux daemon (vm_linux_daemon). */
    public record Daemon(String name, boolean installed, boolean running) {
    }

    /** Facts with empty service maps, for the loader and for tests. */
    public static VmFacts of(long vmId, String vmName, long hostId, String hostName, String hostOs, Boolean reachable,
            String state, String guestOs, GuestKind kind, String icState, Instant refreshedAt, Instant guestCheckedAt,
            String guestError) {
        return new VmFacts(vmId, vmName, hostId, hostName, hostOs, reachable, state, guestOs,
                kind == null ? GuestKind.UNKNOWN : kind, icState, refreshedAt, guestCheckedAt, guestError,
                new HashMap<>(), new HashMap<>(), new HashMap<>(), null, null);
    }

    public VmFacts withLinux(Boolean loaded) {
        return new VmFacts(vmId, vmName, hostId, hostName, hostOs, hostReachable, state, guestOs, guestKind, icState,
                refreshedAt, guestCheckedAt, guestError, services, guestServices, daemons, loaded, configVersion);
    }

    public VmFacts withConfigVersion(String version) {
        return new VmFacts(vmId, vmName, hostId, hostName, hostOs, hostReachable, state, guestOs, guestKind, icState,
                refreshedAt, guestCheckedAt, guestError, services, guestServices, daemons, hvUtilsLoaded, version);
    }

    public boolean running() {
        return state != null && "running".equals(state.toLowerCase(Locale.ROOT));
    }

    public Optional<HostService> service(Component component) {
        return Optional.ofNullable(services.get(component.guid()));
    }

    public Optional<GuestService> guestService(Component component) {
        return Optional.ofNullable(guestServices.get(component.guestService()));
    }
}
